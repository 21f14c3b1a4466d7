using System;
using System.Collections;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// A read-only list of the values of a range of shell words: the arguments of a <see cref="ShellCommand"/>
/// without copying them into a new array.
/// </summary>
internal sealed class ShellWordValues : IReadOnlyList<string>
{
    private readonly ShellWord[] _words;
    private readonly int _start;

    public ShellWordValues(ShellWord[] words, int start, int count)
    {
        _words = words;
        _start = start;
        Count = count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public string this[int index] =>
        (uint)index < (uint)Count ? _words[_start + index].Value : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _words[_start + i].Value;
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
