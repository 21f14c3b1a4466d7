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
        var model = new DockerfileSemanticModel(tree);
        var keywords = new List<SyntaxToken>();
        foreach (var stage in model.Stages)
        {
            keywords.Add(stage.From.Keyword);
            keywords.AddRange(stage.Instructions.Select(i => i.Keyword));
        }

        if (!keywords.Any(k => k.Span == span))
        {
            return Array.Empty<CodeFix>();
        }

        int lower = keywords.Count(k => k.Text == k.Text.ToLowerInvariant() && k.Text != k.Text.ToUpperInvariant());
        int upper = keywords.Count(k => k.Text == k.Text.ToUpperInvariant() && k.Text != k.Text.ToLowerInvariant());
        bool majorityLower = lower > upper;
        var keyword = keywords.First(k => k.Span == span);
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
}
