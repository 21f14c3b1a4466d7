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

/// <summary>DF1049: A stage is named with a reserved word (hadolint DL3063).</summary>
public sealed class DF1049ReservedStageName : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1049";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A stage is named with a reserved word",
        "`{0}` is a reserved name ({1}), so a stage named `{0}` cannot be referred to; rename the stage",
        "Correctness",
        DiagnosticSeverity.Warning,
        "`scratch` names the empty image and `context` the build context in FROM and COPY --from; a stage with one of those names is shadowed by them.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3063"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.FromInstruction);

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (((FromInstructionSyntax)context.Node).StageName is { } name && (name.ValueText == "scratch" || name.ValueText == "context"))
        {
            string meaning = name.ValueText == "scratch" ? "`scratch` is the empty base image" : "`context` is the build context";
            context.ReportDiagnostic(RunFacts.Create(Descriptor, context.Tree, name.Span, name.ValueText, meaning));
        }
    }
}
