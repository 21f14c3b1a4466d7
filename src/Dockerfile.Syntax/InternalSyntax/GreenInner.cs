using System;
using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>
/// An inner node: a kind and an ordered list of child nodes and tokens. A node with many children
/// (the root of a large file) keeps them in chunks, so an edit rebuilds one chunk and the small
/// chunk table instead of copying every child; chunks are invisible outside this class.
/// </summary>
internal sealed class GreenInner : GreenNode
{
    /// <summary>Nodes with more children than this are stored in chunks.</summary>
    internal const int ChunkThreshold = 1024;

    /// <summary>The size of the chunks made when a node is built from a flat list.</summary>
    internal const int ChunkSize = 256;

    private readonly GreenNode[]? _children;
    private readonly GreenInner[]? _chunks;
    private readonly int[]? _chunkStarts;
    private readonly int _count;

    public GreenInner(SyntaxKind kind, GreenNode[] children, DiagnosticInfo[]? diagnostics = null)
        : base(kind, Width(children), ComputeFlags(children, diagnostics))
    {
        _children = children;
        _count = children.Length;
        Diagnostics = diagnostics is { Length: > 0 } ? diagnostics : null;
    }

    private GreenInner(SyntaxKind kind, GreenInner[] chunks, DiagnosticInfo[]? diagnostics)
        : base(kind, Width(chunks), ComputeFlags(chunks, diagnostics))
    {
        _chunks = chunks;
        _chunkStarts = new int[chunks.Length + 1];
        for (int i = 0; i < chunks.Length; i++)
        {
            _chunkStarts[i + 1] = _chunkStarts[i] + chunks[i].SlotCount;
        }

        _count = _chunkStarts[chunks.Length];
        Diagnostics = diagnostics is { Length: > 0 } ? diagnostics : null;
    }

    /// <summary>Diagnostics reported on this node itself (not its descendants).</summary>
    public DiagnosticInfo[]? Diagnostics { get; }

    public override int SlotCount => _count;

    /// <summary>Whether the children are kept in chunks.</summary>
    internal bool IsChunked => _chunks != null;

    /// <summary>The chunks (each a list node holding consecutive children), or null when the children are flat.</summary>
    internal GreenInner[]? Chunks => _chunks;

    public override GreenNode GetSlot(int index)
    {
        if (_children != null)
        {
            return _children[index];
        }

        int lo = 0;
        int hi = _chunks!.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_chunkStarts![mid] <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return _chunks[lo].GetSlot(index - _chunkStarts![lo]);
    }

    /// <summary>The children as one array (a copy for a chunked node).</summary>
    /// <summary>
    /// Finds the first slot whose full span contains <paramref name="offset"/> (relative to this node), or the last
    /// slot when none does (the offset is at the end); -1 when there is no slot. Skips whole chunks by width.
    /// </summary>
    /// <param name="offset">The offset from the start of this node.</param>
    /// <param name="slotOffset">The offset of the slot found from the start of this node.</param>
    internal int FindSlot(int offset, out int slotOffset)
    {
        slotOffset = 0;
        if (_count == 0)
        {
            return -1;
        }

        if (_children != null)
        {
            return FindIn(_children, _count, offset, ref slotOffset);
        }

        int start = 0;
        for (int c = 0; c < _chunks!.Length; c++)
        {
            var chunk = _chunks[c];
            int width = chunk.FullWidth;
            if (offset < start + width || c == _chunks.Length - 1)
            {
                slotOffset = start;
                int found = FindIn(chunk._children!, chunk._count, offset - start, ref slotOffset);
                return _chunkStarts![c] + found;
            }

            start += width;
        }

        return -1;
    }

    private static int FindIn(GreenNode[] children, int count, int offset, ref int slotOffset)
    {
        int position = 0;
        for (int i = 0; i < count; i++)
        {
            int width = children[i].FullWidth;
            if (offset >= position && offset < position + width)
            {
                slotOffset += position;
                return i;
            }

            if (i == count - 1)
            {
                slotOffset += position;
                return i;
            }

            position += width;
        }

        return count - 1;
    }

    internal GreenNode[] Children
    {
        get
        {
            if (_children != null)
            {
                return _children;
            }

            var all = new GreenNode[_count];
            int k = 0;
            foreach (var chunk in _chunks!)
            {
                Array.Copy(chunk._children!, 0, all, k, chunk._count);
                k += chunk._count;
            }

            return all;
        }
    }

    /// <summary>Creates a node, chunking its children when there are many.</summary>
    public static GreenInner Create(SyntaxKind kind, GreenNode[] children, DiagnosticInfo[]? diagnostics = null)
    {
        if (children.Length <= ChunkThreshold)
        {
            return new GreenInner(kind, children, diagnostics);
        }

        var chunks = new GreenInner[(children.Length + ChunkSize - 1) / ChunkSize];
        for (int i = 0; i < chunks.Length; i++)
        {
            int start = i * ChunkSize;
            var part = new GreenNode[Math.Min(ChunkSize, children.Length - start)];
            Array.Copy(children, start, part, 0, part.Length);
            chunks[i] = new GreenInner(SyntaxKind.None, part);
        }

        return new GreenInner(kind, chunks, diagnostics);
    }

    /// <summary>Creates a chunked node from ready chunks (list nodes of kind <see cref="SyntaxKind.None"/>), shared as they are.</summary>
    public static GreenInner FromChunks(SyntaxKind kind, List<GreenInner> chunks, DiagnosticInfo[]? diagnostics)
    {
        if (chunks.Count == 1 && chunks[0].SlotCount <= ChunkThreshold)
        {
            return new GreenInner(kind, chunks[0]._children!, diagnostics);
        }

        return new GreenInner(kind, chunks.ToArray(), diagnostics);
    }

    public GreenInner WithChildren(GreenNode[] children) => Create(Kind, children, Diagnostics);

    public override void WriteTo(StringBuilder builder)
    {
        if (_children != null)
        {
            foreach (var child in _children)
            {
                child.WriteTo(builder);
            }

            return;
        }

        foreach (var chunk in _chunks!)
        {
            chunk.WriteTo(builder);
        }
    }

    public override bool IsEquivalentTo(GreenNode other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not GreenInner n || n.Kind != Kind || n._count != _count || n.FullWidth != FullWidth)
        {
            return false;
        }

        for (int i = 0; i < _count; i++)
        {
            if (!GetSlot(i).IsEquivalentTo(n.GetSlot(i)))
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
