namespace Dockerfile.Analysis.Editor;

/// <summary>A short text an editor shows inline at a position.</summary>
public sealed class InlayHint
{
    internal InlayHint(int position, string label, InlayHintKind kind, string tooltip)
    {
        Position = position;
        Label = label;
        Kind = kind;
        Tooltip = tooltip;
    }

    /// <summary>Gets the offset the hint is shown at (after the text it describes).</summary>
    public int Position { get; }

    /// <summary>Gets the text shown.</summary>
    public string Label { get; }

    /// <summary>Gets what the hint shows.</summary>
    public InlayHintKind Kind { get; }

    /// <summary>Gets a longer explanation for a tooltip.</summary>
    public string Tooltip { get; }

    /// <inheritdoc />
    public override string ToString() => Position + " " + Label;
}
