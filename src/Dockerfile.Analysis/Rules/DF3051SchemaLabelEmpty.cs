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

/// <summary>DF3051: A label of the label schema is empty (hadolint DL3051).</summary>
public sealed class DF3051SchemaLabelEmpty : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3051";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A label of the label schema is empty",
        "Label `{0}` is empty, but the label schema expects a value; set it or remove the label",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "A label listed in the label schema carries information tools rely on; an empty value is as good as a missing one.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3051"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.LabelInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        foreach (var (pair, name, value) in LabelSchemaFacts.TypedPairs(context, null))
        {
            if (value.Length == 0)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(pair.Key.Span), name);
            }
        }
    }
}
