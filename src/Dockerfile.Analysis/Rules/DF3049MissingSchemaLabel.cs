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

/// <summary>DF3049: A label required by the label schema is missing (hadolint DL3049).</summary>
public sealed class DF3049MissingSchemaLabel : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3049";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A label required by the label schema is missing",
        "Stage `{0}` has no `{1}` label, which the label schema requires; add `LABEL {1}=...`",
        "Maintainability",
        DiagnosticSeverity.Info,
        "With a label schema configured, every image stage must set each label of the schema (stages used only as COPY --from sources excepted).");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3049"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var schema = context.Options.LabelSchema;
        if (schema is null || schema.Count == 0)
        {
            return;
        }

        var stages = context.SemanticModel.Stages;
        var copiedFrom = new HashSet<string>(
            stages.SelectMany(s => s.Instructions).OfType<CopyInstructionSyntax>()
                .Select(c => c.GetFlag("from")?.Value?.ValueText).Where(v => v != null)!,
            StringComparer.OrdinalIgnoreCase);
        foreach (string label in schema.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var has = new HashSet<DockerfileStage>();
            foreach (var stage in stages)
            {
                bool own = stage.Instructions.OfType<LabelInstructionSyntax>().Any(l => l.Pairs.Any(p => RunFacts.Unquote(context.Tree, p.Key) == label));
                bool inherited = has.Any(h => string.Equals(h.Name, stage.BaseImage, StringComparison.OrdinalIgnoreCase));
                if (own || inherited)
                {
                    has.Add(stage);
                    continue;
                }

                if (stage.Name != null && copiedFrom.Contains(stage.Name))
                {
                    continue;
                }

                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(stage.From.Keyword.Span), stage.Name ?? stage.BaseImage, label);
            }
        }
    }
}
