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
        var keywords = CountedKeywords(context.SemanticModel);

        // The keywords are read in the source text (a token's text is the text at its span): a string is made only
        // for a keyword with other than ASCII letters, and for the ones reported.
        string source = context.Tree.GetText(context.CancellationToken).ToString();
        var casings = new Casing[keywords.Count];
        bool majorityLower = IsMajorityLower(source, keywords, casings);
        for (int i = 0; i < keywords.Count; i++)
        {
            var casing = casings[i];
            if (casing.Length > 0 && (majorityLower ? casing.ChangesToLower : casing.ChangesToUpper))
            {
                var keyword = keywords[i];
                string text = keyword.Text;
                string expected = majorityLower ? text.ToLowerInvariant() : text.ToUpperInvariant();
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(keyword.Span), text, majorityLower ? "lowercase" : "uppercase", expected);
            }
        }
    }

    /// <summary>
    /// The keywords the rule counts and judges, in order: every stage's FROM and instructions, except unknown
    /// instructions (they are DFS0001 and nothing else: BuildKit counts only the instructions it parsed, and
    /// "fixing" the casing of a word that is not a keyword would hide the real mistake). The code fix uses the same.
    /// </summary>
    internal static List<SyntaxToken> CountedKeywords(Semantics.DockerfileSemanticModel model)
    {
        var keywords = new List<SyntaxToken>();
        foreach (var stage in model.Stages)
        {
            keywords.Add(stage.From.Keyword);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind != SyntaxKind.UnknownInstruction)
                {
                    keywords.Add(instruction.Keyword);
                }
            }
        }

        return keywords;
    }

    /// <summary>Whether more of <paramref name="keywords"/> are lowercase than uppercase (a tie is uppercase).</summary>
    internal static bool IsMajorityLower(string source, IReadOnlyList<SyntaxToken> keywords) => IsMajorityLower(source, keywords, null);

    private static bool IsMajorityLower(string source, IReadOnlyList<SyntaxToken> keywords, Casing[]? casings)
    {
        int lower = 0;
        int upper = 0;
        for (int i = 0; i < keywords.Count; i++)
        {
            var casing = CasingOf(source, keywords[i].Span);
            if (casings != null)
            {
                casings[i] = casing;
            }

            lower += casing.IsLower ? 1 : 0;
            upper += casing.IsUpper ? 1 : 0;
        }

        return lower > upper;
    }

    /// <summary>
    /// How a keyword is cased: <c>IsLower</c> when <c>text == lower(text) &amp;&amp; text != upper(text)</c>, <c>IsUpper</c> the
    /// other way round, and whether lower- or upper-casing changes the text.
    /// </summary>
    private static Casing CasingOf(string source, TextSpan span)
    {
        bool hasUpper = false;
        bool hasLower = false;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = source[i];
            if (c >= 128)
            {
                // Beyond ASCII (never a real keyword): the invariant string casing, as written.
                string text = source.Substring(span.Start, span.Length);
                string lowered = text.ToLowerInvariant();
                string uppered = text.ToUpperInvariant();
                return new Casing(span.Length, text == lowered && text != uppered, text == uppered && text != lowered, text != lowered, text != uppered);
            }

            hasUpper |= c >= 'A' && c <= 'Z';
            hasLower |= c >= 'a' && c <= 'z';
        }

        return new Casing(span.Length, hasLower && !hasUpper, hasUpper && !hasLower, hasUpper, hasLower);
    }

    private readonly struct Casing
    {
        public Casing(int length, bool isLower, bool isUpper, bool changesToLower, bool changesToUpper)
        {
            Length = length;
            IsLower = isLower;
            IsUpper = isUpper;
            ChangesToLower = changesToLower;
            ChangesToUpper = changesToUpper;
        }

        public int Length { get; }

        public bool IsLower { get; }

        public bool IsUpper { get; }

        public bool ChangesToLower { get; }

        public bool ChangesToUpper { get; }
    }
}
