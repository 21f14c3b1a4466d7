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

/// <summary>DF5080: a stage name (after AS) has uppercase letters (BuildKit StageNameCasing).</summary>
public sealed class DF5080StageNameCasing : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5080";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Stage name is not lowercase",
        "Stage name `{0}` is not lowercase; stage names are matched case-insensitively, so write `{1}` to read the same everywhere it is referenced",
        "Style",
        DiagnosticSeverity.Warning,
        "Write stage names in lowercase.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("StageNameCasing"));

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
        if (from.StageName is { } name && name.ValueText != name.ValueText.ToLowerInvariant())
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(name.Span), name.ValueText, name.ValueText.ToLowerInvariant());
        }
    }
}
