using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1080: a stage is named `scratch` or `context` (BuildKit ReservedStageName, hadolint DL3063).</summary>
public sealed class DF1080ReservedStageName : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1080";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Stage named after a reserved word",
        "Stage name `{0}` is reserved: `{1}` always means {2}, so `FROM {1}` and `COPY --from={1}` never refer to this stage; rename it",
        "Correctness",
        DiagnosticSeverity.Warning,
        "`scratch` names the empty image and `context` the build context in FROM and COPY --from; a stage with one of those names is shadowed by them.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check and hadolint rule.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3063"), buildKitEquivalents: ImmutableArray.Create("ReservedStageName"));

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
        if (from.StageName is not { } name)
        {
            return;
        }

        string lower = name.ValueText.ToLowerInvariant();
        string? meaning = lower switch
        {
            "scratch" => "the empty image",
            "context" => "the build context",
            _ => null,
        };
        if (meaning != null)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(name.Span), name.ValueText, lower, meaning);
        }
    }
}
