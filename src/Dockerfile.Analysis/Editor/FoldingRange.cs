using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>A region an editor can fold: it starts and ends on different lines.</summary>
public sealed class FoldingRange
{
    internal FoldingRange(TextSpan span, int startLine, int endLine, FoldingRangeKind kind)
    {
        Span = span;
        StartLine = startLine;
        EndLine = endLine;
        Kind = kind;
    }

    /// <summary>Gets the folded text.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the zero-based line the range starts on (it stays visible when folded).</summary>
    public int StartLine { get; }

    /// <summary>Gets the zero-based last line of the range; greater than <see cref="StartLine"/>.</summary>
    public int EndLine { get; }

    /// <summary>Gets what the range folds.</summary>
    public FoldingRangeKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + StartLine + "-" + EndLine;
}
