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

/// <summary>DF2142: yum install without `yum clean all` (hadolint DL3032).</summary>
public sealed class DF2142YumCacheNotCleaned : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2142";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "yum install without `yum clean all`",
        "`{0}` leaves yum's package cache in the layer; add `&& yum clean all` after it in the same RUN (or mount a cache on /var/cache/yum)",
        "ImageSize",
        DiagnosticSeverity.Warning,
        "yum keeps downloaded packages and metadata under /var/cache/yum. Unless they are removed in the same RUN, they stay in the layer forever, even if a later RUN deletes them.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3032"));

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
        if (RunFacts.HasCacheOrTmpfsMount(run, "/var/cache/yum") || RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        if (RunFacts.InstallWithoutLaterClean(
                script,
                c => RunFacts.HasArgs(c, "yum", "install"),
                c => (c.Name == "yum" && c.Subcommand == "clean") || RunFacts.RemovesPath(c, "/var/cache/yum")) is { } install)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, install)), RunFacts.Describe(script, install));
        }
    }
}
