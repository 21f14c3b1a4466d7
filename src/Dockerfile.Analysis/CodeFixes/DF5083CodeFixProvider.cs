using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF5083: writes an instruction keyword in the case most keywords of the file use (upper case on a tie).
/// Keywords are case-insensitive, so the build is the same. On a FROM, the <c>AS</c> keyword is changed with it, so
/// the two stay in the same case (DF5081).
/// </summary>
public sealed class DF5083CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF5083ConsistentInstructionCasing.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        var casing = Casing(tree);
        if (!casing.BySpan.TryGetValue(span, out var keyword))
        {
            return Array.Empty<CodeFix>();
        }

        bool majorityLower = casing.MajorityLower;
        string expected = majorityLower ? keyword.Text.ToLowerInvariant() : keyword.Text.ToUpperInvariant();
        if (expected == keyword.Text)
        {
            return Array.Empty<CodeFix>();
        }

        var changes = new List<TextChange> { new(keyword.Span, expected) };
        if (keyword.Parent is FromInstructionSyntax from && from.AsKeyword is { Kind: SyntaxKind.KeywordToken, IsMissing: false } asKeyword)
        {
            string expectedAs = majorityLower ? asKeyword.Text.ToLowerInvariant() : asKeyword.Text.ToUpperInvariant();
            if (expectedAs != asKeyword.Text)
            {
                changes.Add(new TextChange(asKeyword.Span, expectedAs));
            }
        }

        return new[] { FixEdits.Create($"Write {expected} in {(majorityLower ? "lowercase" : "uppercase")}", DF5083ConsistentInstructionCasing.DiagnosticId, changes.ToArray()) };
    }

    /// <summary>Whether the file's keywords are mostly lowercase, as DF5083 counts them (computed once per tree).</summary>
    internal static bool IsMajorityLower(DockerfileSyntaxTree tree) => Casing(tree).MajorityLower;

    private static KeywordCasing Casing(DockerfileSyntaxTree tree) =>
        FixTreeFacts.For(tree).GetOrAdd("DF5083:keyword-casing", static facts => new KeywordCasing(facts.Model));

    // The keywords the rule judges, by span, and whether most are lowercase: the rule's own counting, so that a fix
    // always writes the casing the rule asks for.
    private sealed class KeywordCasing
    {
        public KeywordCasing(DockerfileSemanticModel model)
        {
            var keywords = DF5083ConsistentInstructionCasing.CountedKeywords(model);
            foreach (var keyword in keywords)
            {
                // The first keyword with a span wins, as a search from the start of the file would find it.
                if (!BySpan.ContainsKey(keyword.Span))
                {
                    BySpan.Add(keyword.Span, keyword);
                }
            }

            MajorityLower = DF5083ConsistentInstructionCasing.IsMajorityLower(model.Tree.GetFullString(), keywords);
        }

        public Dictionary<TextSpan, SyntaxToken> BySpan { get; } = new();

        public bool MajorityLower { get; }
    }
}
