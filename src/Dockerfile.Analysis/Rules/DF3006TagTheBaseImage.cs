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

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3006: The base image has no tag</summary>
public sealed class DF3006TagTheBaseImage : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3006";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "The base image has no tag",
        "`FROM {0}` has no tag, so it means `{0}:latest`, which changes whenever the publisher pushes a new image; pin a release tag such as `{0}:<version>`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "An image without a tag or digest is the latest tag: rebuilds change without any change to the Dockerfile and may break on a major upgrade. Name a version tag, ideally with its digest.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3006"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.FromInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var from = (FromInstructionSyntax)context.Node;
        if (from.Image is not { } image || from.ParentOnbuild != null)
        {
            return;
        }

        string text = image.ValueText;
        var reference = ImageReferenceParts.Parse(text);
        if (reference.Tag != null || reference.Digest != null || text.IndexOf('$') >= 0
            || string.Equals(text, "scratch", StringComparison.OrdinalIgnoreCase) || IsEarlierStage(context.SemanticModel, from, text))
        {
            return;
        }

        context.ReportDiagnostic(Descriptor, image.GetLocation(), text);
    }

    private static bool IsEarlierStage(DockerfileSemanticModel model, FromInstructionSyntax from, string name) =>
        model.GetLastStageNamedBefore(name, model.GetStage(from) is { } stage && stage.From == from ? stage.Index : model.Stages.Length) != null;
}
