using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis;

/// <summary>
/// Results of local node actions (<see cref="AnalysisContext.RegisterLocalSyntaxNodeAction"/>), kept per green node
/// and per analyzer. Green nodes are shared between a tree and the trees made from it by
/// <c>WithChangedText</c>, so analysing the next version only runs local actions on the nodes that changed.
/// </summary>
/// <remarks>
/// Entries are held weakly through the green nodes (a <see cref="ConditionalWeakTable{TKey, TValue}"/>): they
/// disappear with the trees. For each green node the cache holds, per analyzer, the diagnostics of the node and
/// all its descendants with spans relative to the node, so an unchanged instruction costs one lookup.
/// <see cref="AnalysisOptions.Cache"/> uses <see cref="Shared"/> by default; pass a new instance to keep
/// sessions apart, or <see langword="null"/> to disable caching. Safe to use from several threads.
/// </remarks>
public sealed class AnalyzerCache
{
    private readonly ConditionalWeakTable<GreenNode, Entry> _entries = new();

    private readonly ConditionalWeakTable<GreenNode, StageHolder> _stages = new();

    private long _hits;
    private long _stageReuses;
    private long _stores;

    /// <summary>Gets the process-wide cache used by default.</summary>
    public static AnalyzerCache Shared { get; } = new();

    /// <summary>How many node lookups found every analyzer's results (<see cref="TryGetAll"/> or <see cref="TryGetMaterialized"/>), for tests.</summary>
    internal long HitCount => System.Threading.Interlocked.Read(ref _hits);

    /// <summary>How many times the results of a stage (or of the text before the first FROM) were reused, for tests.</summary>
    internal long StageReuseCount => System.Threading.Interlocked.Read(ref _stageReuses);

    /// <summary>Counts a reused stage.</summary>
    internal void CountStageReuse() => System.Threading.Interlocked.Increment(ref _stageReuses);

    /// <summary>How many times a node's results were computed and stored (<see cref="SetAll"/>), for tests.</summary>
    internal long StoreCount => System.Threading.Interlocked.Read(ref _stores);

    /// <summary>Looks up the results of the given analyzers for a node; fills <paramref name="results"/> (by analyzer index) with what is cached.</summary>
    /// <returns><see langword="true"/> when every analyzer in <paramref name="indices"/> had results.</returns>
    internal bool TryGetAll(GreenNode green, ImmutableArray<DockerfileAnalyzer> analyzers, int[] indices, CachedDiagnostic[]?[] results)
    {
        if (!_entries.TryGetValue(green, out var entry))
        {
            return false;
        }

        bool all = true;
        lock (entry)
        {
            if (entry.Analyzers == analyzers && entry.Indices == indices.Length)
            {
                foreach (int a in indices)
                {
                    results[a] = entry.ByIndex[a];
                    all &= results[a] != null;
                }

                if (all)
                {
                    System.Threading.Interlocked.Increment(ref _hits);
                }

                return all;
            }

            foreach (int a in indices)
            {
                if (entry.Results.TryGetValue(analyzers[a], out var found))
                {
                    results[a] = found;
                }
                else
                {
                    all = false;
                }
            }
        }

        if (all)
        {
            System.Threading.Interlocked.Increment(ref _hits);
        }

        return all;
    }

    /// <summary>Stores the results of the given analyzers for a node (a <see langword="null"/> result, from an analyzer that failed, is not stored).</summary>
    internal void SetAll(GreenNode green, ImmutableArray<DockerfileAnalyzer> analyzers, int[] indices, CachedDiagnostic[]?[] results)
    {
        System.Threading.Interlocked.Increment(ref _stores);
        var entry = _entries.GetValue(green, _ => new Entry());
        lock (entry)
        {
            entry.Analyzers = analyzers;
            entry.Indices = indices.Length;
            entry.ByIndex = (CachedDiagnostic[]?[])results.Clone();
            foreach (int a in indices)
            {
                if (results[a] is { } found)
                {
                    entry.Results[analyzers[a]] = found;
                }
            }
        }
    }


    /// <summary>
    /// Gets the diagnostics made for a node the last time it was analysed at the same place (same analyzers, file,
    /// position, line and column): then they are identical and are reused as they are.
    /// </summary>
    internal bool TryGetMaterialized(GreenNode green, ImmutableArray<DockerfileAnalyzer> analyzers, int[] indices, string path, int position, TextLineCollection lines, out Diagnostic[]?[] diagnostics)
    {
        diagnostics = System.Array.Empty<Diagnostic[]?>();
        if (!_entries.TryGetValue(green, out var entry))
        {
            return false;
        }

        lock (entry)
        {
            if (entry.Materialized is not { } materialized || entry.MaterializedFor != analyzers || entry.Position != position || entry.Path != path
                || entry.Start != lines.GetLinePosition(position))
            {
                return false;
            }

            foreach (int a in indices)
            {
                if (materialized[a] is null)
                {
                    return false;
                }
            }

            diagnostics = materialized;
            System.Threading.Interlocked.Increment(ref _hits);
            return true;
        }
    }

    /// <summary>Keeps the diagnostics made for a node at a place, for <see cref="TryGetMaterialized"/>.</summary>
    internal void SetMaterialized(GreenNode green, ImmutableArray<DockerfileAnalyzer> analyzers, string path, int position, LinePosition start, Diagnostic[]?[] diagnostics)
    {
        var entry = _entries.GetValue(green, _ => new Entry());
        lock (entry)
        {
            entry.Materialized = diagnostics;
            entry.MaterializedFor = analyzers;
            entry.Position = position;
            entry.Start = start;
            entry.Path = path;
        }
    }

    /// <summary>Gets the results of the stage-local analyzers for the region whose first top-level node is <paramref name="first"/>.</summary>
    internal StageCacheEntry? GetStageEntry(GreenNode first) => _stages.TryGetValue(first, out var holder) ? Volatile.Read(ref holder.Entry) : null;

    /// <summary>Keeps the results of the stage-local analyzers for a region (the last analysis wins).</summary>
    internal void SetStageEntry(GreenNode first, StageCacheEntry entry) => Volatile.Write(ref _stages.GetValue(first, _ => new StageHolder()).Entry, entry);

    private sealed class StageHolder
    {
        public StageCacheEntry? Entry;
    }

    private sealed class Entry
    {
        public Diagnostic[]?[]? Materialized { get; set; }

        public ImmutableArray<DockerfileAnalyzer> MaterializedFor { get; set; }

        public int Position { get; set; }

        public LinePosition Start { get; set; }

        public string? Path { get; set; }

        public Dictionary<DockerfileAnalyzer, CachedDiagnostic[]> Results { get; } = new();

        /// <summary>The analyzer list of the last run that stored results, for a lookup by index without hashing.</summary>
        public ImmutableArray<DockerfileAnalyzer> Analyzers { get; set; }

        public int Indices { get; set; }

        public CachedDiagnostic[]?[] ByIndex { get; set; } = System.Array.Empty<CachedDiagnostic[]?>();
    }
}
