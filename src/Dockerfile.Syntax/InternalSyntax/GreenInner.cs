using System;
using System.Text;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>An inner node: a kind and an ordered list of child nodes and tokens.</summary>
internal sealed class GreenInner : GreenNode
{
    private readonly GreenNode[] _children;

    public GreenInner(SyntaxKind kind, GreenNode[] children, DiagnosticInfo[]? diagnostics = null)
        : base(kind, Width(children), ComputeFlags(children, diagnostics))
    {
        _children = children;
        Diagnostics = diagnostics is { Length: > 0 } ? diagnostics : null;
    }

    /// <summary>Diagnostics reported on this node itself (not its descendants).</summary>
    public DiagnosticInfo[]? Diagnostics { get; }

    public override int SlotCount => _children.Length;

    public override GreenNode GetSlot(int index) => _children[index];

    internal GreenNode[] Children => _children;

    public GreenInner WithChildren(GreenNode[] children) => new(Kind, children, Diagnostics);

    public override void WriteTo(StringBuilder builder)
    {
        foreach (var child in _children)
        {
            child.WriteTo(builder);
        }
    }

    public override bool IsEquivalentTo(GreenNode other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not GreenInner n || n.Kind != Kind || n._children.Length != _children.Length || n.FullWidth != FullWidth)
        {
            return false;
        }

        for (int i = 0; i < _children.Length; i++)
        {
            if (!_children[i].IsEquivalentTo(n._children[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Width(GreenNode[] children)
    {
        int width = 0;
        foreach (var c in children)
        {
            width += c.FullWidth;
        }

        return width;
    }

    private static NodeFlags ComputeFlags(GreenNode[] children, DiagnosticInfo[]? diagnostics)
    {
        var flags = diagnostics is { Length: > 0 } ? NodeFlags.ContainsDiagnostics : NodeFlags.None;
        foreach (var c in children)
        {
            flags |= c.Flags & ~NodeFlags.IsMissing;
            if (c.IsMissing)
            {
                flags |= NodeFlags.ContainsMissing;
            }
        }

        return flags;
    }
}
