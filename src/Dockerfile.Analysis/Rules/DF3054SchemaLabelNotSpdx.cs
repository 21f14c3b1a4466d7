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

/// <summary>DF3054: An spdx label is not an SPDX license expression (hadolint DL3054).</summary>
public sealed class DF3054SchemaLabelNotSpdx : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3054";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "An spdx label is not an SPDX license expression",
        "Label `{0}` is `{1}`, which is not an SPDX license identifier or expression; use an identifier such as `MIT` or `Apache-2.0`",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "The label schema declares this label as spdx; tools reading it expect an SPDX license identifier or expression.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3054"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.LabelInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => LabelSchemaFacts.Check(context, Descriptor, "spdx", LabelSchemaFacts.IsSpdx);
}
