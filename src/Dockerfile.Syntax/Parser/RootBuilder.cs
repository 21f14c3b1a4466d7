using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// Assembles the items of a new root: runs of old items are taken as whole chunks where they line
/// up, so a reparse after a small edit copies only the chunks around the edit.
/// </summary>
internal sealed class RootBuilder
{
    private const int MergeBelow = 64;

    private readonly List<GreenInner> _chunks = new();
    private readonly List<GreenNode> _pending = new();

    public int Count { get; private set; }

    public bool AnyInstruction { get; private set; }

    public void Add(GreenNode item)
    {
        _pending.Add(item);
        Count++;
        AnyInstruction |= SyntaxFacts.IsInstruction(item.Kind);
        if (_pending.Count == GreenInner.ChunkSize)
        {
            Flush();
        }
    }

    /// <summary>Adds the old root's items <c>[from, to)</c>.</summary>
    public void AddRange(GreenInner root, int from, int to)
    {
        var chunks = root.Chunks;
        if (chunks == null)
        {
            for (int i = from; i < to; i++)
            {
                Add(root.GetSlot(i));
            }

            return;
        }

        int start = 0;
        foreach (var chunk in chunks)
        {
            int count = chunk.SlotCount;
            int end = start + count;
            if (end > from && start < to)
            {
                if (start >= from && end <= to && _pending.Count >= MergeBelow)
                {
                    Flush();
                }

                if (start >= from && end <= to && _pending.Count == 0)
                {
                    _chunks.Add(chunk);
                    Count += count;
                    AnyInstruction |= chunk.SlotCount > 0 && HasInstruction(chunk);
                }
                else
                {
                    for (int i = System.Math.Max(from, start); i < System.Math.Min(to, end); i++)
                    {
                        Add(chunk.GetSlot(i - start));
                    }
                }
            }

            start = end;
        }
    }

    public GreenInner Build(SyntaxKind kind, DiagnosticInfo[]? diagnostics)
    {
        Flush();
        if (_chunks.Count == 0)
        {
            return new GreenInner(kind, System.Array.Empty<GreenNode>(), diagnostics);
        }

        if (Count <= GreenInner.ChunkThreshold)
        {
            var all = new GreenNode[Count];
            int k = 0;
            foreach (var chunk in _chunks)
            {
                for (int i = 0; i < chunk.SlotCount; i++)
                {
                    all[k++] = chunk.GetSlot(i);
                }
            }

            return new GreenInner(kind, all, diagnostics);
        }

        return GreenInner.FromChunks(kind, _chunks, diagnostics);
    }

    private void Flush()
    {
        if (_pending.Count > 0)
        {
            _chunks.Add(new GreenInner(SyntaxKind.None, _pending.ToArray()));
            _pending.Clear();
        }
    }

    private static bool HasInstruction(GreenInner chunk)
    {
        for (int i = 0; i < chunk.SlotCount; i++)
        {
            if (SyntaxFacts.IsInstruction(chunk.GetSlot(i).Kind))
            {
                return true;
            }
        }

        return false;
    }
}
