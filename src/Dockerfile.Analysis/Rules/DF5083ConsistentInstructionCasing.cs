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

/// <summary>DF5083: an instruction keyword is not in the casing of the majority of the file's instructions (BuildKit ConsistentInstructionCasing).</summary>
public sealed class DF5083ConsistentInstructionCasing : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5083";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Instruction casing differs from the rest of the file",
        "`{0}` is not {1} like most instructions of this file; write `{2}`",
        "Style",
        DiagnosticSeverity.Warning,
        "Write every instruction keyword in the same casing, all uppercase or all lowercase.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("ConsistentInstructionCasing"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var keywords = new List<SyntaxToken>();
        foreach (var stage in context.SemanticModel.Stages)
        {
            keywords.Add(stage.From.Keyword);
            keywords.AddRange(stage.Instructions.Select(i => i.Keyword));
        }

        int lower = keywords.Count(k => k.Text == k.Text.ToLowerInvariant() && k.Text != k.Text.ToUpperInvariant());
        int upper = keywords.Count(k => k.Text == k.Text.ToUpperInvariant() && k.Text != k.Text.ToLowerInvariant());
        bool majorityLower = lower > upper;
        foreach (var keyword in keywords)
        {
            string text = keyword.Text;
            string expected = majorityLower ? text.ToLowerInvariant() : text.ToUpperInvariant();
            if (text.Length > 0 && text != expected)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, context.Tree.GetLocation(keyword.Span), text, majorityLower ? "lowercase" : "uppercase", expected));
            }
        }
    }
}
