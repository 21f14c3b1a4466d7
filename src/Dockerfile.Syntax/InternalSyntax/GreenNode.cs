using System.Text;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>
/// The immutable, position-free core of the tree. A green node knows its kind, its full width
/// (trivia included) and its children, never its parent or position, so unchanged subtrees are
/// shared between versions of a tree.
/// </summary>
internal abstract class GreenNode
{
    protected GreenNode(SyntaxKind kind, int fullWidth, NodeFlags flags)
    {
        Kind = kind;
        FullWidth = fullWidth;
        Flags = flags;
    }

    public SyntaxKind Kind { get; }

    public int FullWidth { get; }

    public NodeFlags Flags { get; }

    public bool ContainsDiagnostics => (Flags & NodeFlags.ContainsDiagnostics) != 0;

    public bool IsMissing => (Flags & NodeFlags.IsMissing) != 0;

    public virtual int SlotCount => 0;

    public virtual GreenNode GetSlot(int index) => throw new System.ArgumentOutOfRangeException(nameof(index));

    public abstract void WriteTo(StringBuilder builder);

    public string ToFullString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>Structural equality: kinds, shape and the text of every token and trivia.</summary>
    public abstract bool IsEquivalentTo(GreenNode other);
}
