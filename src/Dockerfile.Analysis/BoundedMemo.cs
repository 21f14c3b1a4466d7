using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Dockerfile.Analysis;

/// <summary>
/// Remembers the answers of a pure function for the keys seen so far, up to a bound (then computes the others):
/// for answers that are costly to compute (regular expressions, inflection) and asked again and again for the
/// same keys across files. Thread-safe.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _answers;
    private readonly Func<TKey, TValue> _compute;
    private readonly int _capacity;

    public BoundedMemo(Func<TKey, TValue> compute, int capacity = 4096, IEqualityComparer<TKey>? comparer = null)
    {
        _compute = compute;
        _capacity = capacity;
        _answers = new ConcurrentDictionary<TKey, TValue>(comparer ?? EqualityComparer<TKey>.Default);
    }

    /// <summary>Gets the answer for a key, computing it when it is not remembered.</summary>
    public TValue Get(TKey key)
    {
        if (_answers.TryGetValue(key, out var answer))
        {
            return answer;
        }

        answer = _compute(key);
        if (_answers.Count < _capacity)
        {
            _answers.TryAdd(key, answer);
        }

        return answer;
    }
}
