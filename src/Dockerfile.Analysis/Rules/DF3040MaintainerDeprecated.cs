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

/// <summary>DF3040: MAINTAINER is deprecated (hadolint DL4000).</summary>
public sealed class DF3040MaintainerDeprecated : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3040";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "MAINTAINER is deprecated",
        "MAINTAINER is deprecated and its value is only kept in legacy metadata; use `LABEL org.opencontainers.image.authors=\"{0}\"` instead",
        "Maintainability",
        DiagnosticSeverity.Error,
        "MAINTAINER has been deprecated since Docker 1.13. A LABEL carries the same information, is visible to every tool and follows the OCI annotation names.",
        DockerfileDiagnosticTags.Deprecated);

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL4000"), buildKitEquivalents: ImmutableArray.Create("MaintainerDeprecated"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.MaintainerInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var maintainer = (MaintainerInstructionSyntax)context.Node;
        string value = maintainer.Text?.ToString().Trim() ?? string.Empty;
        if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"')
        {
            value = value.Substring(1, value.Length - 2);
        }

        context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(maintainer.Keyword.Span), value.Replace("\"", "\\\""));
    }
}
