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

/// <summary>DF5081: the AS keyword of a FROM is not in the casing of the FROM keyword (BuildKit FromAsCasing).</summary>
public sealed class DF5081FromAsCasing : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5081";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "The AS keyword does not match the casing of FROM",
        "`{0}` does not match the casing of `{1}`; write `{2}`",
        "Style",
        DiagnosticSeverity.Warning,
        "Write FROM and AS in the same casing: FROM ... AS or from ... as.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("FromAsCasing"));

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
        var asKeyword = from.AsKeyword;
        if (asKeyword.Kind == SyntaxKind.None || asKeyword.IsMissing || from.StageName == null)
        {
            return;
        }

        string keyword = from.Keyword.Text;
        string text = asKeyword.Text;
        bool lower = keyword == keyword.ToLowerInvariant();
        bool upper = keyword == keyword.ToUpperInvariant();
        if (!lower && !upper)
        {
            return;
        }

        string expected = lower ? text.ToLowerInvariant() : text.ToUpperInvariant();
        if (text != expected)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(asKeyword.Span), text, keyword, expected);
        }
    }
}
