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

/// <summary>DF3048: No HEALTHCHECK instruction (hadolint DL3057).</summary>
public sealed class DF3048MissingHealthcheck : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3048";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        DiagnosticId,
        "No HEALTHCHECK instruction",
        "Stage `{0}` has no HEALTHCHECK, so Docker reports the container as running even when the service inside is stuck; add `HEALTHCHECK CMD ...`",
        "Maintainability",
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Without HEALTHCHECK, Docker and orchestrators that read it only know whether the process is alive, not whether it answers.",
        helpLinkUri: "docs/rules/" + DiagnosticId + ".md");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3057"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var enabled = context.Options.EnabledRules;
        if (enabled is null || !(enabled.Contains(DiagnosticId) || enabled.Contains("DL3057")))
        {
            return;
        }

        // hadolint's DL3057, in file order: a stage is checked when the stage it is built FROM is checked at the
        // moment its FROM is read; a HEALTHCHECK marks its stage checked and, going up, every unchecked stage it is
        // built FROM. So with B and C both FROM A, a HEALTHCHECK in B covers A, and C when C comes after B.
        var model = context.SemanticModel;
        var stages = model.Stages;
        var good = new HashSet<DockerfileStage>();
        foreach (var stage in stages)
        {
            if (Parent(model, stage) is { } parent && good.Contains(parent))
            {
                good.Add(stage);
            }

            if (stage.Instructions.Any(i => i is HealthcheckInstructionSyntax))
            {
                good.Add(stage);
                var up = Parent(model, stage);
                while (up != null && good.Add(up))
                {
                    up = Parent(model, up);
                }
            }
        }

        foreach (var stage in stages.Where(s => !good.Contains(s)))
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(stage.From.Keyword.Span), stage.Name ?? stage.BaseImage);
        }
    }

    private static DockerfileStage? Parent(DockerfileSemanticModel model, DockerfileStage stage) =>
        model.GetLastStageNamedBefore(stage.BaseImage, stage.Index);
}
