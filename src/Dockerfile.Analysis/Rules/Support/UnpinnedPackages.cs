using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>
/// The shared reporting of the "package versions are not pinned" rules: one diagnostic per install command,
/// spanning its unpinned packages, naming up to three of them.
/// </summary>
internal static class UnpinnedPackages
{
    /// <summary>
    /// Reports, for each command of the RUN, the argument indexes <paramref name="unpinned"/> returns. The
    /// descriptor's message takes the list of names (<c>{0}</c>) and the first name (<c>{1}</c>).
    /// </summary>
    public static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, Func<ShellCommand, IReadOnlyList<int>> unpinned)
    {
        if (ParsedRun.Get(context.SemanticModel, (RunInstructionSyntax)context.Node) is not { } run)
        {
            return;
        }

        foreach (var command in run.Commands)
        {
            var indexes = unpinned(command);
            if (indexes.Count > 0)
            {
                Report(context, descriptor, run, command, indexes);
            }
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, ParsedRun run, ShellCommand command, IReadOnlyList<int> indexes)
    {
        var names = indexes.Select(i => "`" + command.Arguments[i] + "`").ToList();
        string list = names.Count <= 3 ? names.Humanize("and") : string.Join(", ", names.Take(3)) + " and " + MessageText.Count(names.Count - 3, "other package");
        var span = TextSpan.FromBounds(run.Map(CommandArgs.WordOf(command, indexes[0])).Start, run.Map(CommandArgs.WordOf(command, indexes[indexes.Count - 1])).End);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, context.Tree.GetLocation(span), list, command.Arguments[indexes[0]]));
    }
}
