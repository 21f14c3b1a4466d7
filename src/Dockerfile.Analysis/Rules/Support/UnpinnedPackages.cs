using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
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

    /// <summary>
    /// Reports each install command of the RUN that leaves packages unpinned, spanning the whole command (the rpm-family
    /// rules). <paramref name="isInstall"/> picks the commands; <paramref name="unpinned"/> names their unpinned packages,
    /// given a look-up of the variables declared before the RUN (made on first use). The descriptor's message takes the
    /// command (<c>{0}</c>), the names (<c>{1}</c>) and "a version" or "versions" (<c>{2}</c>).
    /// </summary>
    public static void ReportCommands(
        SyntaxNodeAnalysisContext context,
        DiagnosticDescriptor descriptor,
        Func<ShellCommand, bool> isInstall,
        Func<ShellCommand, Func<HashSet<string>>, IEnumerable<string>> unpinned)
    {
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (isInstall(command))
            {
                ReportCommand(context, descriptor, run, script, command, unpinned);
            }
        }
    }

    // Apart from ReportCommands so that its closure is made only for the install commands, not for every RUN.
    private static void ReportCommand(
        SyntaxNodeAnalysisContext context,
        DiagnosticDescriptor descriptor,
        RunInstructionSyntax run,
        ShellScript script,
        ShellCommand command,
        Func<ShellCommand, Func<HashSet<string>>, IEnumerable<string>> unpinned)
    {
        HashSet<string>? declared = null;
        var names = unpinned(command, () => declared ??= RunFacts.DeclaredVariables(context.SemanticModel, run)).ToList();
        if (names.Count > 0)
        {
            context.ReportDiagnostic(descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command), RunFacts.Names(names), names.Count == 1 ? "a version" : "versions");
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, ParsedRun run, ShellCommand command, IReadOnlyList<int> indexes)
    {
        var names = indexes.Select(i => "`" + command.Arguments[i] + "`").ToList();
        string list = names.Count <= 3 ? MessageText.List(names) : string.Join(", ", names.Take(3)) + " and " + MessageText.Count(names.Count - 3, "other package");
        var span = TextSpan.FromBounds(run.Map(CommandArgs.WordOf(command, indexes[0])).Start, run.Map(CommandArgs.WordOf(command, indexes[indexes.Count - 1])).End);
        context.ReportDiagnostic(descriptor, context.Tree.GetLocation(span), list, command.Arguments[indexes[0]]);
    }
}
