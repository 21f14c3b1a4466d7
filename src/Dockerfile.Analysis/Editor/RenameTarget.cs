using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>What a rename at a position would rename: the name's span and current text.</summary>
public sealed class RenameTarget
{
    internal RenameTarget(TextSpan span, string placeholder, EditorSymbolKind kind)
    {
        Span = span;
        Placeholder = placeholder;
        Kind = kind;
    }

    /// <summary>Gets the span of the name under the cursor.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the current name, to prefill the rename box.</summary>
    public string Placeholder { get; }

    /// <summary>Gets what is renamed.</summary>
    public EditorSymbolKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Placeholder + " " + Span;
}
