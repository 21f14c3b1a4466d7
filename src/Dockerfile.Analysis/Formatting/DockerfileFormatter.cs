using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Formatting;

/// <summary>
/// Formats Dockerfiles, in the shape of Roslyn's <c>Formatter</c>: a syntax tree (and optionally the spans to format)
/// in, text changes or formatted text out. It works on the lossless tree's tokens and trivia and changes only
/// layout: white space outside words and quotes, the case of instruction keywords, the indentation of continuation
/// lines and of the comment lines inside them, the space before a line continuation, runs of blank lines, the spacing
/// of exec-form JSON arrays, the final newline and (when an option asks) line breaks. It never changes a word, a
/// quote, a variable, a JSON string, a comment's words, a heredoc's body or terminator, a parser directive or an
/// instruction that has syntax errors, and it leaves <c># dfa format off</c> … <c># dfa format on</c> regions alone.
/// It never throws for any tree.
/// </summary>
public static class DockerfileFormatter
{
    /// <summary>Computes the changes that format the whole file.</summary>
    /// <param name="tree">The syntax tree.</param>
    /// <param name="options">The options (<see cref="DockerfileFormattingOptions.Default"/> when null).</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The changes, in order and not overlapping; empty when the file is already formatted.</returns>
    public static ImmutableArray<TextChange> GetFormattedTextChanges(DockerfileSyntaxTree tree, DockerfileFormattingOptions? options = null, CancellationToken cancellationToken = default) =>
        GetChanges(tree, null, options, cancellationToken);

    /// <summary>
    /// Computes the changes that format the instructions (and the comment and blank lines above them) that intersect
    /// <paramref name="spans"/>: range and on-type formatting.
    /// </summary>
    /// <param name="tree">The syntax tree.</param>
    /// <param name="spans">The spans to format; an instruction touching one of them is formatted whole.</param>
    /// <param name="options">The options (<see cref="DockerfileFormattingOptions.Default"/> when null).</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The changes, in order and not overlapping.</returns>
    public static ImmutableArray<TextChange> GetFormattedTextChanges(DockerfileSyntaxTree tree, IEnumerable<TextSpan> spans, DockerfileFormattingOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (spans is null)
        {
            throw new ArgumentNullException(nameof(spans));
        }

        return GetChanges(tree, new List<TextSpan>(spans), options, cancellationToken);
    }

    /// <summary>Formats the whole file.</summary>
    /// <param name="tree">The syntax tree.</param>
    /// <param name="options">The options (<see cref="DockerfileFormattingOptions.Default"/> when null).</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The formatted text (the tree's own text when nothing changes).</returns>
    public static SourceText Format(DockerfileSyntaxTree tree, DockerfileFormattingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var changes = GetFormattedTextChanges(tree, options, cancellationToken);
        var text = tree.GetText(cancellationToken);
        return changes.IsEmpty ? text : text.WithChanges(changes);
    }

    /// <summary>Formats the instructions that intersect <paramref name="spans"/>.</summary>
    /// <param name="tree">The syntax tree.</param>
    /// <param name="spans">The spans to format.</param>
    /// <param name="options">The options (<see cref="DockerfileFormattingOptions.Default"/> when null).</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The formatted text.</returns>
    public static SourceText Format(DockerfileSyntaxTree tree, IEnumerable<TextSpan> spans, DockerfileFormattingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var changes = GetFormattedTextChanges(tree, spans, options, cancellationToken);
        var text = tree.GetText(cancellationToken);
        return changes.IsEmpty ? text : text.WithChanges(changes);
    }

    /// <summary>Formats Dockerfile text: parses it, then formats the whole file.</summary>
    /// <param name="text">The Dockerfile.</param>
    /// <param name="options">The options (<see cref="DockerfileFormattingOptions.Default"/> when null).</param>
    /// <returns>The formatted text.</returns>
    public static string Format(string text, DockerfileFormattingOptions? options = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Format(DockerfileSyntaxTree.ParseText(text), options).ToString();
    }

    private static ImmutableArray<TextChange> GetChanges(DockerfileSyntaxTree tree, List<TextSpan>? spans, DockerfileFormattingOptions? options, CancellationToken cancellationToken)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var changes = new FormattingEngine(tree, options ?? DockerfileFormattingOptions.Default).Run(spans);
        return changes.Count == 0 ? ImmutableArray<TextChange>.Empty : changes.ToImmutableArray();
    }
}
