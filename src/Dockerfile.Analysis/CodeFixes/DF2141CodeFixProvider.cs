using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF2141: adds <c>--no-cache-dir</c> right after the <c>install</c> of <c>pip install</c>, <c>pip3 install</c> or
/// <c>python -m pip install</c>. The packages installed are the same; only pip's download cache is not written.
/// The rule already stays silent when the RUN mounts a cache on pip's cache directory or <c>PIP_NO_CACHE_DIR</c> is set.
/// Not offered when <c>install</c> is not pip's subcommand word (flags before it, <c>pip download install</c>), when
/// the command chooses its own cache (<c>--cache-dir</c>), or when any RUN of the file looks at pip's cache
/// (<c>pip cache</c>, a path with <c>.cache/pip</c>): that command may expect the files.
/// </summary>
public sealed class DF2141CodeFixProvider : CodeFixProvider
{
    private static readonly Regex PipName = new(@"^(.*/)?pip[0-9.]*$", RegexOptions.CultureInvariant);
    private static readonly Regex PythonName = new(@"^(.*/)?python[0-9.]*$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF2141PipInstallKeepsCache.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (FixEdits.FindInstruction<RunInstructionSyntax>(tree, diagnostic) is not { } node || FixEdits.EditableRun(tree, node) is not { } run)
        {
            return Array.Empty<CodeFix>();
        }

        var span = diagnostic.Location.SourceSpan;
        var command = run.Commands.FirstOrDefault(c => DF2141PipInstallKeepsCache.IsPipInstall(c) && run.Map(c).Start == span.Start);
        if (command == null || InstallWord(command) is not { } install
            || command.Arguments.Any(a => a == "--cache-dir" || a.StartsWith("--cache-dir=", StringComparison.Ordinal) || a == "--no-cache-dir")
            || AnyRunLooksAtTheCache(tree))
        {
            return Array.Empty<CodeFix>();
        }

        int position = run.Map(install).End;
        if (!FixEdits.EndsWord(tree.GetText(), position, tree.EscapeCharacter) || tree.GetText().ToString(run.Map(install)) != "install")
        {
            return Array.Empty<CodeFix>();
        }

        return new[] { FixEdits.Create("Add --no-cache-dir to pip install", DF2141PipInstallKeepsCache.DiagnosticId, new TextChange(new TextSpan(position, 0), " --no-cache-dir")) };
    }

    // The "install" word of `pip install` (the first word after the name) or `python -m pip install`.
    private static ShellWord? InstallWord(ShellCommand command)
    {
        var words = command.Words;
        int name = command.EnvironmentAssignments.Count;
        if (PipName.IsMatch(command.Name))
        {
            return name + 1 < words.Count && words[name + 1].Value == "install" ? words[name + 1] : null;
        }

        if (PythonName.IsMatch(command.Name))
        {
            return name + 3 < words.Count && words[name + 1].Value == "-m" && words[name + 2].Value == "pip" && words[name + 3].Value == "install"
                ? words[name + 3]
                : null;
        }

        return null;
    }

    // Whole-file: answered once per tree.
    private static bool AnyRunLooksAtTheCache(DockerfileSyntaxTree tree) =>
        FixTreeFacts.For(tree).GetOrAdd("DF2141:run-looks-at-pip-cache", static facts => facts.AllRuns().Any(parsed =>
            parsed.Script.Text.Contains(".cache/pip", StringComparison.Ordinal)
            || parsed.Commands.Any(c => PipName.IsMatch(c.Name) && c.Arguments.FirstOrDefault() == "cache")));
}
