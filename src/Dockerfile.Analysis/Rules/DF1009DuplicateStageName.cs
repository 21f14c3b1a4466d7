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

/// <summary>DF1009: Two stages have the same name</summary>
public sealed class DF1009DuplicateStageName : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1009";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Two stages have the same name",
        "Stage name `{0}` is already used by the stage on line {1}; stage names must be unique (case does not matter), so `--from={0}` and `--target {0}` are ambiguous",
        "Correctness",
        DiagnosticSeverity.Error,
        "Stage names identify stages for COPY --from, RUN --mount from=, FROM and docker build --target. BuildKit rejects a Dockerfile that reuses one (names are compared without case).");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3024"), buildKitEquivalents: ImmutableArray.Create("DuplicateStageName"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var seen = new Dictionary<string, FromInstructionSyntax>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in context.SemanticModel.Stages)
        {
            if (stage.From.StageName is not { } name || name.ValueText.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(name.ValueText, out var first))
            {
                int line = context.Tree.GetLineSpan(first.Span).StartLinePosition.Line + 1;
                context.ReportDiagnostic(Descriptor, name.GetLocation(), name.ValueText, line);
            }
            else
            {
                seen[name.ValueText] = stage.From;
            }
        }
    }
}
