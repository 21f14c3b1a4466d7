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

/// <summary>DF3053: An rfc3339 label is not an RFC 3339 time (hadolint DL3053).</summary>
public sealed class DF3053SchemaLabelNotRfc3339 : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3053";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "An rfc3339 label is not an RFC 3339 time",
        "Label `{0}` is `{1}`, which is not an RFC 3339 date and time; use a form such as `2024-05-01T12:00:00Z`",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "The label schema declares this label as rfc3339; tools reading it expect an RFC 3339 date and time.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3053"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.LabelInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => LabelSchemaFacts.Check(context, Descriptor, "rfc3339", LabelSchemaFacts.IsRfc3339);
}
