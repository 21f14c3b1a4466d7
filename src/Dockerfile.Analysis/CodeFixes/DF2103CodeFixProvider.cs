using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF2103: adds <c>--no-cache</c> right after the <c>add</c> of <c>apk add</c>. The packages installed are the
/// same; only the index cache is not kept. Not offered when a later command of the same RUN relies on that cache
/// (another <c>apk</c> command without <c>--no-cache</c>, or a command that reads <c>/var/cache/apk</c> or
/// <c>/etc/apk/cache</c>), when a later RUN of the file uses apk without fetching the index itself (or runs a
/// script), nor when the command chooses its own cache (<c>--cache-dir</c>, <c>--cache-max-age</c>).
/// </summary>
public sealed class DF2103CodeFixProvider : CodeFixProvider
{
    private static readonly string[] CachePaths = { "/var/cache/apk", "/etc/apk/cache" };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF2103ApkAddWithoutNoCache.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (FixEdits.FindInstruction<RunInstructionSyntax>(tree, diagnostic) is not { } node || FixEdits.EditableRun(tree, node) is not { } run)
        {
            return Array.Empty<CodeFix>();
        }

        var command = FixEdits.CommandAt(run, diagnostic, c => CommandArgs.Is(c, "apk", "add"));
        if (command == null || CommandArgs.HasAnyFlag(command, "cache-dir", "cache-max-age") || command.Arguments.Any(a => a.StartsWith("--cache-", StringComparison.Ordinal)))
        {
            return Array.Empty<CodeFix>();
        }

        int index = IndexOf(run, command);
        for (int i = index + 1; i < run.Commands.Count; i++)
        {
            if (ReliesOnCache(run.Commands[i]))
            {
                return Array.Empty<CodeFix>();
            }
        }

        // A later RUN that uses apk without fetching the index itself reads the index this command would have cached.
        if (FixEdits.LaterRunMayNeed(
            tree,
            node,
            "apk",
            c => c.Subcommand == "update" || CommandArgs.HasAnyFlag(c, "update", "U"),
            c => c.Subcommand == "del" || CommandArgs.HasAnyFlag(c, "no-cache")))
        {
            return Array.Empty<CodeFix>();
        }

        int position = run.MapArgument(command, a => a == "add").End;
        if (position != diagnostic.Location.SourceSpan.End || !FixEdits.EndsWord(tree.GetText(), position, tree.EscapeCharacter))
        {
            return Array.Empty<CodeFix>();
        }

        return new[] { FixEdits.Create("Add --no-cache to apk add", DF2103ApkAddWithoutNoCache.DiagnosticId, new TextChange(new TextSpan(position, 0), " --no-cache")) };
    }

    private static int IndexOf(ParsedRun run, ShellCommand command)
    {
        for (int i = 0; i < run.Commands.Count; i++)
        {
            if (ReferenceEquals(run.Commands[i], command))
            {
                return i;
            }
        }

        return run.Commands.Count;
    }

    private static bool ReliesOnCache(ShellCommand command)
    {
        if (command.Name == "apk")
        {
            return command.Subcommand is not ("del" or "update") && !CommandArgs.HasAnyFlag(command, "no-cache");
        }

        return command.Name != "rm" && command.Arguments.Any(a => CachePaths.Any(p => a.Contains(p, StringComparison.Ordinal)));
    }
}
