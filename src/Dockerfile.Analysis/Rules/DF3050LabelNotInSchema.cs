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

/// <summary>DF3050: A label is not in the label schema (hadolint DL3050).</summary>
public sealed class DF3050LabelNotInSchema : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3050";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A label is not in the label schema",
        "Label `{0}` is not in the label schema and strict labels are on; remove it or add it to the schema",
        "Maintainability",
        DiagnosticSeverity.Info,
        "With strict labels, only the labels listed in the label schema may be set, so that typos and stray labels are caught.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3050"));

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
        var label = (LabelInstructionSyntax)context.Node;
        if (!context.Options.StrictLabels || label.ParentOnbuild != null)
        {
            return;
        }

        var schema = context.Options.LabelSchema ?? ImmutableDictionary<string, string>.Empty;
        foreach (var pair in label.Pairs)
        {
            if (!schema.ContainsKey(RunFacts.Unquote(context.Tree, pair.Key)))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(pair.Key.Span), RunFacts.Unquote(context.Tree, pair.Key));
            }
        }
    }
}
