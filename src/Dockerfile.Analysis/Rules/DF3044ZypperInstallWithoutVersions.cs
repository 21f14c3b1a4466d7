using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3044: zypper install without package versions (hadolint DL3037).</summary>
public sealed class DF3044ZypperInstallWithoutVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3044";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "zypper install without package versions",
        "`{0}` installs {1} without {2}, so each build may get different packages; pin them as `<name>=<version>`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Without a version, zypper installs whatever the repository has on the day of the build, so two builds of the same Dockerfile can differ.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3037"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            // The closure and the list are made only for the commands that can report.
            if (RunFacts.HasArgs(command, "zypper", "install", "in"))
            {
                Report(context, run, script, command);
            }
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, RunInstructionSyntax run, ShellScript script, ShellCommand command)
    {
        HashSet<string>? declared = null;
        var unpinned = Unpinned(command, () => declared ??= RunFacts.DeclaredVariables(context.SemanticModel, run)).ToList();
        if (unpinned.Count > 0)
        {
            context.ReportDiagnostic(RunFacts.Create(Descriptor, context.Tree, RunFacts.Map(run, command), RunFacts.Describe(script, command), RunFacts.Names(unpinned), unpinned.Count == 1 ? "a version" : "versions"));
        }
    }

    private static IEnumerable<string> Unpinned(ShellCommand command, Func<HashSet<string>> declared)
    {
        if (!RunFacts.HasArgs(command, "zypper", "install", "in"))
        {
            return Enumerable.Empty<string>();
        }

        return RunFacts.ArgsNoFlags(command)
            .Where(a => a != "install" && a != "in")
            .Where(p => p.IndexOfAny(new[] { '=', '<', '>' }) < 0 && !p.EndsWith(".rpm", StringComparison.Ordinal));
    }
}
