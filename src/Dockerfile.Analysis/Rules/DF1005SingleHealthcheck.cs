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

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1005: A stage has more than one HEALTHCHECK</summary>
public sealed class DF1005SingleHealthcheck : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1005";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A stage has more than one HEALTHCHECK",
        "This HEALTHCHECK replaces the one on line {0}; only the last HEALTHCHECK of a stage takes effect, so remove the earlier one",
        "Correctness",
        DiagnosticSeverity.Error,
        "An image has one health check. Each HEALTHCHECK overrides the previous one, so all but the last are dead code that readers may trust by mistake.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3012"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(Analyze);

    private static void Analyze(StageAnalysisContext context)
    {
        HealthcheckInstructionSyntax? previous = null;
        foreach (var healthcheck in context.Stage.Instructions.OfType<HealthcheckInstructionSyntax>())
        {
            if (previous != null)
            {
                int line = context.Tree.GetLineSpan(previous.Span).StartLinePosition.Line + 1;
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, context.Tree.GetLocation(healthcheck.Keyword.Span), line));
            }

            previous = healthcheck;
        }
    }
}
