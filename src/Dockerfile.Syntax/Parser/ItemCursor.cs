using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// Walks the items of a root node (flat or chunked) in order, tracking each item's index and start
/// position, and skips whole chunks when asked to move past a position.
/// </summary>
internal struct ItemCursor
{
    private readonly GreenInner _root;
    private readonly GreenInner[]? _chunks;
    private int _chunk;
    private int _inChunk;

    public ItemCursor(GreenInner root)
    {
        _root = root;
        _chunks = root.Chunks;
        _chunk = 0;
        _inChunk = 0;
        Index = 0;
        Position = 0;
    }

    /// <summary>The index of the current item (equal to the item count at the end).</summary>
    public int Index { get; private set; }

    /// <summary>The start position of the current item.</summary>
    public int Position { get; private set; }

    public bool AtEnd => Index >= _root.SlotCount;

    public GreenNode Current => _chunks == null ? _root.GetSlot(Index) : _chunks[_chunk].GetSlot(_inChunk);

    public void MoveNext()
    {
        Position += Current.FullWidth;
        Index++;
        if (_chunks != null && ++_inChunk == _chunks[_chunk].SlotCount)
        {
            _chunk++;
            _inChunk = 0;
        }
    }

    /// <summary>Moves forward while the item after the current one would still start at or before <paramref name="position"/>... precisely: while the current item ends before <paramref name="position"/>, skipping whole chunks at once.</summary>
    public void SkipEndingBefore(int position, bool stopBeforeLast)
    {
        while (!AtEnd && (!stopBeforeLast || Index < _root.SlotCount - 1))
        {
            if (_chunks != null && _inChunk == 0 && Position + _chunks[_chunk].FullWidth < position
                && (!stopBeforeLast || Index + _chunks[_chunk].SlotCount < _root.SlotCount))
            {
                Position += _chunks[_chunk].FullWidth;
                Index += _chunks[_chunk].SlotCount;
                _chunk++;
                continue;
            }

            if (Position + Current.FullWidth >= position)
            {
                return;
            }

            MoveNext();
        }
    }

    /// <summary>Moves forward while the current item starts before <paramref name="position"/>, skipping whole chunks at once.</summary>
    public void SkipStartingBefore(int position)
    {
        while (!AtEnd && Position < position)
        {
            if (_chunks != null && _inChunk == 0 && Position + _chunks[_chunk].FullWidth <= position)
            {
                Position += _chunks[_chunk].FullWidth;
                Index += _chunks[_chunk].SlotCount;
                _chunk++;
                continue;
            }

            MoveNext();
        }
    }
}
