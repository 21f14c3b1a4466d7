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

/// <summary>DF5041: FROM --platform=$TARGETPLATFORM is redundant (hadolint DL3065).</summary>
public sealed class DF5041RedundantTargetPlatform : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5041";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "FROM --platform=$TARGETPLATFORM is redundant",
        "`--platform={0}` is what FROM uses anyway; remove the flag",
        "Style",
        DiagnosticSeverity.Warning,
        "FROM pulls the image for the target platform by default, so --platform=$TARGETPLATFORM only adds noise.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3065"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.FromInstruction);

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (((FromInstructionSyntax)context.Node).Platform is { Value: { } value } flag)
        {
            string text = value.ToString().Trim();
            if (text == "$TARGETPLATFORM" || text == "${TARGETPLATFORM}")
            {
                context.ReportDiagnostic(RunFacts.Create(Descriptor, context.Tree, flag.Span, text));
            }
        }
    }
}
