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
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3080: FROM --platform=$TARGETPLATFORM repeats the default (BuildKit RedundantTargetPlatform, hadolint DL3065).</summary>
public sealed class DF3080RedundantTargetPlatform : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3080";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "FROM --platform set to $TARGETPLATFORM",
        "`--platform={0}` is the default: every stage is built for the target platform unless told otherwise; remove the flag",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "FROM already builds for $TARGETPLATFORM; the flag adds nothing.",
        WellKnownDiagnosticTags.Unnecessary);

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check and hadolint rule.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3065"), buildKitEquivalents: ImmutableArray.Create("RedundantTargetPlatform"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        foreach (var (_, flag, raw, result) in VariableScopes.FromPlatforms(context.SemanticModel))
        {
            // hadolint's DL3065 compares the text; BuildKit expands the value and checks that only TARGETPLATFORM was used.
            string trimmed = raw.Trim();
            bool literal = trimmed == "$TARGETPLATFORM" || trimmed == "${TARGETPLATFORM}";
            bool expanded = result.Succeeded && result.Matched.Count == 1 && result.Unmatched.Count == 0 && result.Matched.Contains("TARGETPLATFORM")
                && result.Value == VariableScopes.GlobalEnvironment(context.SemanticModel, out _)["TARGETPLATFORM"];
            if (literal || expanded)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(flag.Span), trimmed);
            }
        }
    }
}
