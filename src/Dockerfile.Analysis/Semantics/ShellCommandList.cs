using System.Collections;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics;

/// <summary>The commands of a <see cref="ShellScript"/>: a read-only list whose <c>foreach</c> does not allocate.</summary>
public sealed class ShellCommandList : IReadOnlyList<ShellCommand>
{
    private readonly List<ShellCommand> _items;

    internal ShellCommandList(List<ShellCommand> items)
    {
        _items = items;
    }

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public ShellCommand this[int index] => _items[index];

    /// <summary>Gets an enumerator (a struct: <c>foreach</c> over the list allocates nothing).</summary>
    /// <returns>The enumerator.</returns>
    public List<ShellCommand>.Enumerator GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<ShellCommand> IEnumerable<ShellCommand>.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
