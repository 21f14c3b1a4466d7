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

/// <summary>DF3005: The base image uses the latest tag</summary>
public sealed class DF3005AvoidLatestTag : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3005";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "The base image uses the latest tag",
        "`{0}` uses the `latest` tag, which points to a new image whenever the publisher pushes one, so rebuilds change without any change here; pin a release tag such as `{1}:<version>`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "latest moves with every release of the base image. Builds then differ from one day to the next and may break on a major upgrade. Pin a version tag, ideally with its digest.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3007"));

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
        if (from.Image is not { } image)
        {
            return;
        }

        var reference = ImageReferenceParts.Parse(image.ValueText);
        if (reference.Tag == "latest" && reference.Digest == null)
        {
            string repository = reference.Registry == null ? reference.Repository : reference.Registry + "/" + reference.Repository;
            context.ReportDiagnostic(Descriptor, image.GetLocation(), image.ValueText, repository);
        }
    }
}
