using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// The shell scripts a RUN executes, for the dependency-install rules: its shell form, or the bodies of its heredocs
/// when the RUN line is only the heredoc (<c>RUN &lt;&lt;EOF</c>) or feeds them to <c>sh</c>/<c>bash</c>
/// (<c>RUN bash &lt;&lt;EOF</c>). A body with a shebang of another interpreter is not a shell script.
/// </summary>
internal static class InstallScripts
{
    private static readonly Regex HeredocOnly = new(
        @"^\s*(?:(?:/bin/|/usr/bin/)?(?:sh|bash|ash|dash)(?:\s+-[a-zA-Z]+)*\s*)?(?:<<-?\s*(?:""[^""]*""|'[^']*'|[A-Za-z0-9_]+)\s*)+$",
        RegexOptions.CultureInvariant);

    /// <summary>The scripts, in order; empty for exec form, an empty RUN or a heredoc that is not a script.</summary>
    public static ImmutableArray<ShellScript> Get(DockerfileSemanticModel model, RunInstructionSyntax run)
    {
        if (!run.Heredocs.Any())
        {
            return model.GetShellScript(run) is { } script ? ImmutableArray.Create(script) : ImmutableArray<ShellScript>.Empty;
        }

        if (run.Command is not ShellFormSyntax)
        {
            return ImmutableArray<ShellScript>.Empty;
        }

        return model.GetOrAddDerived(run, DerivedSlots.HeredocScripts, static (_, r) => ParseHeredocs(r));
    }

    /// <summary>Whether the RUN's scripts come from heredoc bodies.</summary>
    public static bool IsHeredocScript(RunInstructionSyntax run) => run.Heredocs.Any();

    private static ImmutableArray<ShellScript> ParseHeredocs(RunInstructionSyntax run)
    {
        if (run.Command is not ShellFormSyntax shell || !HeredocOnly.IsMatch(shell.CommandText))
        {
            return ImmutableArray<ShellScript>.Empty;
        }

        var scripts = ImmutableArray.CreateBuilder<ShellScript>();
        foreach (var heredoc in run.Heredocs)
        {
            string body = heredoc.Content;
            if (body.StartsWith("#!", StringComparison.Ordinal))
            {
                int end = body.IndexOf('\n');
                string shebang = end < 0 ? body : body.Substring(0, end);
                if (!Regex.IsMatch(shebang, @"(^#!\s*/(usr/)?bin/(env\s+)?(sh|bash|ash|dash)\b)|(^#!\s*/usr/bin/env\s+(sh|bash|ash|dash)\b)", RegexOptions.CultureInvariant))
                {
                    continue;
                }
            }

            scripts.Add(ShellScript.Parse(body));
        }

        return scripts.ToImmutable();
    }
}
