using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF3040: replaces <c>MAINTAINER name &lt;mail&gt;</c> by <c>LABEL org.opencontainers.image.authors="name &lt;mail&gt;"</c>
/// at the same place, keeping the keyword's case and the line's end. The value is taken literally (MAINTAINER expands
/// nothing), so <c>"</c>, <c>$</c> and the escape character are escaped in the quoted label value; one pair of
/// surrounding double quotes is dropped, as the rule's message suggests. This changes the image's metadata (the
/// deprecated Author field is no longer set, the label is added), not its filesystem. Not offered when the
/// MAINTAINER spans several lines or has syntax errors, nor when a LABEL of the file already sets
/// <c>org.opencontainers.image.authors</c> (the fix would override it).
/// </summary>
public sealed class DF3040CodeFixProvider : CodeFixProvider
{
    private const string AuthorsKey = "org.opencontainers.image.authors";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF3040MaintainerDeprecated.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (FixEdits.FindInstruction<MaintainerInstructionSyntax>(tree, diagnostic) is not { } maintainer
            || maintainer.ContainsDiagnostics
            || maintainer.Keyword.Span != diagnostic.Location.SourceSpan
            || maintainer.Text is not { } raw)
        {
            return Array.Empty<CodeFix>();
        }

        var tokens = raw.DescendantTokens().ToList();
        if (tokens.Count != 1 || tokens[0].Text.IndexOfAny(new[] { '\r', '\n' }) >= 0
            || maintainer.DescendantTrivia().Any(t => t.Kind == SyntaxKind.LineContinuationTrivia))
        {
            return Array.Empty<CodeFix>();
        }

        if (FixTreeFacts.For(tree).GetOrAdd("DF3040:has-authors-label", static facts => facts.Tree.GetRoot().DescendantNodes().OfType<LabelInstructionSyntax>().SelectMany(l => l.Pairs)
            .Any(p => string.Equals(RunFacts.Unquote(facts.Tree, p.Key), AuthorsKey, StringComparison.OrdinalIgnoreCase))))
        {
            return Array.Empty<CodeFix>();
        }

        string value = tokens[0].Text.Trim();
        if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"')
        {
            value = value.Substring(1, value.Length - 2);
        }

        if (value.Length == 0)
        {
            return Array.Empty<CodeFix>();
        }

        char escape = tree.EscapeCharacter;
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            if (c == '"' || c == '$' || c == escape)
            {
                quoted.Append(escape);
            }

            quoted.Append(c);
        }

        quoted.Append('"');
        string keyword = maintainer.Keyword.Text;
        string label = keyword == keyword.ToLowerInvariant() ? "label" : "LABEL";
        var span = TextSpan.FromBounds(maintainer.Keyword.Span.Start, tokens[0].Span.Start + tokens[0].Text.TrimEnd().Length);
        return new[]
        {
            FixEdits.Create(
                "Replace MAINTAINER with the org.opencontainers.image.authors label",
                DF3040MaintainerDeprecated.DiagnosticId,
                new TextChange(span, label + " " + AuthorsKey + "=" + quoted)),
        };
    }
}
