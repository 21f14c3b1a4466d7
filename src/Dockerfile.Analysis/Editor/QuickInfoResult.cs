using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>Hover text for a position: Markdown and the span it describes.</summary>
public sealed class QuickInfoResult
{
    internal QuickInfoResult(TextSpan span, string markdown)
    {
        Span = span;
        Markdown = markdown;
    }

    /// <summary>Gets the span the text describes (the word, flag or diagnostic under the cursor).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the text, in Markdown.</summary>
    public string Markdown { get; }

    /// <inheritdoc />
    public override string ToString() => Markdown;
}
