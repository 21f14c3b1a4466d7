using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>A span of the text that links somewhere: an image's registry page or a build-context file.</summary>
public sealed class DocumentLink
{
    internal DocumentLink(TextSpan span, DocumentLinkKind kind, string target, string tooltip)
    {
        Span = span;
        Kind = kind;
        Target = target;
        Tooltip = tooltip;
    }

    /// <summary>Gets the linked text.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets what the link points to.</summary>
    public DocumentLinkKind Kind { get; }

    /// <summary>Gets the URL (<see cref="DocumentLinkKind.Image"/>) or the context-relative path (<see cref="DocumentLinkKind.ContextFile"/>).</summary>
    public string Target { get; }

    /// <summary>Gets a short description for a tooltip.</summary>
    public string Tooltip { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Target + " " + Span;
}
