using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analyzers;

/// <summary>
/// The results of the Dockerfiles analysed lately, by the checksum of everything their analysis read
/// (<see cref="DockerfileRequest.Key"/>), shared by every compilation in the process: an IDE, or a build server,
/// compiles again and again with the same Dockerfiles, and an unchanged one is not analysed again. Bounded: past
/// <see cref="Capacity"/> entries the oldest is dropped. Thread-safe; a cancelled analysis is not kept.
/// </summary>
internal static class AnalysisResultCache
{
    /// <summary>The most results kept.</summary>
    public const int Capacity = 256;

    private static readonly ConcurrentDictionary<string, ImmutableArray<Diagnostic>> s_results = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> s_order = new();
    private static int s_analyses;

    /// <summary>Gets how many analyses ran (cache misses) since the process started, for tests.</summary>
    public static int Analyses => Volatile.Read(ref s_analyses);

    /// <summary>Gets how many results are kept.</summary>
    public static int Count => s_results.Count;

    /// <summary>Gets the results for a request, analysing only when no result with its key is kept.</summary>
    public static ImmutableArray<Diagnostic> GetOrAnalyze(DockerfileRequest request, CancellationToken cancellationToken)
    {
        if (s_results.TryGetValue(request.Key, out var kept))
        {
            return kept;
        }

        Interlocked.Increment(ref s_analyses);
        var result = request.Analyze(cancellationToken);
        if (s_results.TryAdd(request.Key, result))
        {
            s_order.Enqueue(request.Key);
            while (s_results.Count > Capacity && s_order.TryDequeue(out string? oldest))
            {
                s_results.TryRemove(oldest, out _);
            }
        }

        return result;
    }

    /// <summary>Forgets every result (tests that count analyses start from an empty cache).</summary>
    internal static void Clear()
    {
        s_results.Clear();
        while (s_order.TryDequeue(out _))
        {
        }
    }
}
