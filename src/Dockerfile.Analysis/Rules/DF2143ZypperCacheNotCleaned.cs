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

/// <summary>DF2143: zypper install without `zypper clean` (hadolint DL3036).</summary>
public sealed class DF2143ZypperCacheNotCleaned : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2143";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "zypper install without `zypper clean`",
        "`{0}` leaves zypper's package cache in the layer; add `&& zypper clean --all` after it in the same RUN (or mount a cache on /var/cache/zypp)",
        "ImageSize",
        DiagnosticSeverity.Warning,
        "zypper keeps downloaded packages and repository metadata under /var/cache/zypp. Unless they are removed in the same RUN, they stay in the layer.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3036"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.HasCacheOrTmpfsMount(run, "/var/cache/zypp") || RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        if (RunFacts.InstallWithoutLaterClean(
                script,
                c => RunFacts.HasArgs(c, "zypper", "install", "in"),
                c => RunFacts.HasArgs(c, "zypper", "clean", "cc") || RunFacts.RemovesPath(c, "/var/cache/zypp")) is { } install)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, install)), RunFacts.Describe(script, install));
        }
    }
}
