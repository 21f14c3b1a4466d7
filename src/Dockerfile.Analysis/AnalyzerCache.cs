using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Dockerfile.Syntax.InternalSyntax;

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

    /// <summary>Gets the process-wide cache used by default.</summary>
    public static AnalyzerCache Shared { get; } = new();

    internal bool TryGet(GreenNode green, DockerfileAnalyzer analyzer, out CachedDiagnostic[] results)
    {
        if (_entries.TryGetValue(green, out var entry))
        {
            lock (entry)
            {
                if (entry.Results.TryGetValue(analyzer, out var found))
                {
                    results = found;
                    return true;
                }
            }
        }

        results = System.Array.Empty<CachedDiagnostic>();
        return false;
    }

    internal void Set(GreenNode green, DockerfileAnalyzer analyzer, CachedDiagnostic[] results)
    {
        var entry = _entries.GetValue(green, _ => new Entry());
        lock (entry)
        {
            entry.Results[analyzer] = results;
        }
    }

    private sealed class Entry
    {
        public Dictionary<DockerfileAnalyzer, CachedDiagnostic[]> Results { get; } = new();
    }
}
