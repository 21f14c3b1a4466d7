using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
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

    private static readonly char[] s_versionOperators = { '=', '<', '>' };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    // zypper's pins are written in the package argument itself, so the declared variables are not needed.
    private static void Analyze(SyntaxNodeAnalysisContext context) =>
        UnpinnedPackages.ReportCommands(context, Descriptor, static command => RunFacts.HasArgs(command, "zypper", "install", "in"), static (command, _) => Unpinned(command));

    private static IEnumerable<string> Unpinned(ShellCommand command) =>
        RunFacts.ArgsNoFlags(command)
            .Where(a => a != "install" && a != "in")
            .Where(p => p.IndexOfAny(s_versionOperators) < 0 && !p.EndsWith(".rpm", StringComparison.Ordinal));
}
