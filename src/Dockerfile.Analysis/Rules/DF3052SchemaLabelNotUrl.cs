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

/// <summary>DF3052: A url label is not a valid URL (hadolint DL3052).</summary>
public sealed class DF3052SchemaLabelNotUrl : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3052";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A url label is not a valid URL",
        "Label `{0}` is `{1}`, which is not an absolute URL; use a full URL such as `https://example.com/project`",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "The label schema declares this label as url; tools reading it expect an absolute URL.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3052"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.LabelInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => LabelSchemaFacts.Check(context, Descriptor, "url", LabelSchemaFacts.IsUrl);
}
