using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Analysis.Rules;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF5081: writes the <c>AS</c> keyword of a FROM in the case of its <c>FROM</c> (<c>AS</c> after <c>FROM</c>,
/// <c>as</c> after <c>from</c>); when the <c>FROM</c> itself is not in the casing of most instructions (DF5083), both
/// are written in that casing, as DF5083's fix does. Keywords are case-insensitive, so the build is the same.
/// </summary>
public sealed class DF5081CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF5081FromAsCasing.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (FixEdits.FindInstruction<FromInstructionSyntax>(tree, diagnostic) is not { } from
            || from.AsKeyword is not { Kind: SyntaxKind.KeywordToken, IsMissing: false } asKeyword
            || asKeyword.Span != diagnostic.Location.SourceSpan)
        {
            return Array.Empty<CodeFix>();
        }

        string keyword = from.Keyword.Text;
        bool majorityLower = DF5083CodeFixProvider.IsMajorityLower(tree);
        string fileCasing = majorityLower ? keyword.ToLowerInvariant() : keyword.ToUpperInvariant();
        if (fileCasing != keyword)
        {
            // DF5083 rewrites this FROM in the file's casing: write both keywords that way, as its fix does, or
            // fix-all would turn AS to FROM's casing in one round and back in the next.
            string asCased = majorityLower ? asKeyword.Text.ToLowerInvariant() : asKeyword.Text.ToUpperInvariant();
            var edits = new List<TextChange> { new(from.Keyword.Span, fileCasing) };
            if (asCased != asKeyword.Text)
            {
                edits.Add(new TextChange(asKeyword.Span, asCased));
            }

            return new[] { FixEdits.Create($"Write {fileCasing} {asCased} like the other instructions", DF5081FromAsCasing.DiagnosticId, edits.ToArray()) };
        }

        string expected = keyword == keyword.ToLowerInvariant() ? asKeyword.Text.ToLowerInvariant()
            : keyword == keyword.ToUpperInvariant() ? asKeyword.Text.ToUpperInvariant()
            : asKeyword.Text;
        if (expected == asKeyword.Text)
        {
            return Array.Empty<CodeFix>();
        }

        return new[] { FixEdits.Create($"Write {expected} like {keyword}", DF5081FromAsCasing.DiagnosticId, new TextChange(asKeyword.Span, expected)) };
    }
}
