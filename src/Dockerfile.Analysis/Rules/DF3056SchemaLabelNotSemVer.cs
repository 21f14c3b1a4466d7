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

/// <summary>DF3056: A semver label is not a semantic version (hadolint DL3056).</summary>
public sealed class DF3056SchemaLabelNotSemVer : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3056";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A semver label is not a semantic version",
        "Label `{0}` is `{1}`, which is not a semantic version; use a version such as `1.4.2` or `2.0.0-rc.1`",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "The label schema declares this label as semver; tools reading it expect a semantic version.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3056"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.LabelInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => LabelSchemaFacts.Check(context, Descriptor, "semver", LabelSchemaFacts.IsSemVer);
}
