using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis;

/// <summary>
/// For one analysis run, which parts of the file the analyzers that declared <see cref="IncrementalAnalysisScope.Stage"/>
/// must analyse again and what the others reuse from an earlier version of the tree (<see cref="AnalyzerCache"/>).
/// </summary>
/// <remarks>
/// The file is cut into regions: region 0 is everything before the first top-level FROM, region <c>1 + s</c> is stage
/// <c>s</c> (from its FROM to the next one). A region is reused when its top-level green nodes, those of the stages it
/// is built on and those of region 0 are the same objects as when it was analysed, the stage names and order, the
/// lines those stages start on, the path and the options are the same, and every diagnostic it had can be moved to
/// its new place. Reused diagnostics keep their order; the driver splices them between the new ones so that the
/// result equals a full run (a property test checks that on random edits of the corpus).
/// </remarks>
internal sealed class StagePlan
{
    private readonly DockerfileSyntaxTree _tree;
    private readonly int[] _stageLocal;
    private readonly RegionKey?[] _keys;
    private readonly Diagnostic[]?[]?[] _reusedNode;
    private readonly Diagnostic[]?[]?[] _reusedStage;
    private readonly AnalyzerCache _cache;

    private StagePlan(DockerfileSyntaxTree tree, AnalyzerCache cache, int analyzerCount, int[] stageLocal, int regionCount)
    {
        _tree = tree;
        _cache = cache;
        _stageLocal = stageLocal;
        IsStageLocal = new bool[analyzerCount];
        foreach (int a in stageLocal)
        {
            IsStageLocal[a] = true;
        }

        RegionCount = regionCount;
        RegionStart = new int[regionCount];
        Dirty = new bool[regionCount];
        _keys = new RegionKey?[regionCount];
        _reusedNode = new Diagnostic[]?[]?[regionCount];
        _reusedStage = new Diagnostic[]?[]?[regionCount];
        NodeMarks = new int[analyzerCount][];
        StageMarks = new int[analyzerCount][];
        foreach (int a in stageLocal)
        {
            NodeMarks[a] = new int[regionCount + 1];
            StageMarks[a] = new int[regionCount];
        }
    }

    /// <summary>Gets how many regions there are: one before the first FROM, then one per stage.</summary>
    public int RegionCount { get; }

    /// <summary>Gets where each region starts (full span, the new tree).</summary>
    public int[] RegionStart { get; }

    /// <summary>Gets, by region, whether the stage-local analyzers run there (nothing could be reused).</summary>
    public bool[] Dirty { get; }

    /// <summary>Gets how many regions are analysed again.</summary>
    public int DirtyCount
    {
        get
        {
            int count = 0;
            foreach (bool dirty in Dirty)
            {
                count += dirty ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Gets, by analyzer index, whether the analyzer takes part (declared stage scope, no failure before the run).</summary>
    public bool[] IsStageLocal { get; }

    /// <summary>By analyzer, then region (and one past the last): how many diagnostics it had reported when node actions reached the region.</summary>
    public int[][] NodeMarks { get; }

    /// <summary>By analyzer, then stage (and one past the last): how many diagnostics it had reported when stage actions reached the stage.</summary>
    public int[][] StageMarks { get; }

    /// <summary>Gets whether the stage-local analyzers skip the region a node starts in.</summary>
    public bool Skips(int analyzer, int region) => IsStageLocal[analyzer] && !Dirty[region];

    /// <summary>Gets the region of a position (full span), moving forward from a known region.</summary>
    public int RegionOf(int position, int from)
    {
        int r = Math.Max(0, from);
        while (r + 1 < RegionCount && position >= RegionStart[r + 1])
        {
            r++;
        }

        return r;
    }

    /// <summary>
    /// Makes the plan: <see langword="null"/> when no analyzer declared the stage scope, there is no cache, or the
    /// stages cannot be matched to the top-level FROM instructions (then everything runs, as without a plan).
    /// </summary>
    public static StagePlan? Create(DockerfileSyntaxTree tree, DockerfileSyntax root, DockerfileSemanticModel model, AnalysisOptions options, ImmutableArray<DockerfileAnalyzer> analyzers, AnalyzerActions actions, Exception?[] failures)
    {
        if (options.Cache is not { } cache)
        {
            return null;
        }

        var stageLocal = new List<int>();
        foreach (int i in actions.WithSemantic)
        {
            if (failures[i] is null && actions.Contexts[i] is { IncrementalScope: IncrementalAnalysisScope.Stage })
            {
                stageLocal.Add(i);
            }
        }

        if (stageLocal.Count == 0)
        {
            return null;
        }

        var rootGreen = root.Green;
        int slots = rootGreen.SlotCount;
        var stages = model.Stages;
        var firstSlot = new int[stages.Length + 2];
        int stageCount = 0;
        int position = root.Position;
        var slotStart = new int[slots + 1];
        for (int i = 0; i < slots; i++)
        {
            var green = rootGreen.GetSlot(i);
            slotStart[i] = position;
            if (green.Kind == SyntaxKind.FromInstruction)
            {
                if (stageCount >= stages.Length || stages[stageCount].From.Position != position)
                {
                    return null;
                }

                firstSlot[++stageCount] = i;
            }

            position += green.FullWidth;
        }

        slotStart[slots] = position;
        if (stageCount != stages.Length)
        {
            return null;
        }

        int regionCount = stageCount + 1;
        firstSlot[0] = 0;
        firstSlot[regionCount] = slots;
        var plan = new StagePlan(tree, cache, analyzers.Length, stageLocal.ToArray(), regionCount);
        var lines = tree.GetText().Lines;
        var names = new string[stages.Length];
        for (int s = 0; s < stages.Length; s++)
        {
            names[s] = stages[s].Name ?? string.Empty;
        }

        string nameKey = string.Join("\n", names);
        var greens = new GreenNode[regionCount][];
        var ends = new int[regionCount];
        for (int r = 0; r < regionCount; r++)
        {
            int first = firstSlot[r], end = firstSlot[r + 1];
            greens[r] = new GreenNode[end - first];
            for (int i = first; i < end; i++)
            {
                greens[r][i - first] = rootGreen.GetSlot(i);
            }

            plan.RegionStart[r] = slotStart[first];
            ends[r] = slotStart[end];
        }

        for (int r = 0; r < regionCount; r++)
        {
            // The region itself, then each stage it is built on, then region 0.
            var chain = new List<int> { r };
            if (r > 0)
            {
                var current = stages[r - 1].BaseStage;
                for (int depth = 0; current != null; depth++, current = current.BaseStage)
                {
                    if (depth > stages.Length || current.Index >= r - 1)
                    {
                        chain = null;
                        break;
                    }

                    chain.Add(current.Index + 1);
                }

                chain?.Add(0);
            }

            if (chain is null || greens[r].Length == 0)
            {
                plan.Dirty[r] = true;
                continue;
            }

            var key = new RegionKey(chain.Count)
            {
                Names = nameKey,
                Options = options,
                Path = tree.FilePath ?? string.Empty,
                Analyzers = analyzers,
            };
            for (int k = 0; k < chain.Count; k++)
            {
                int c = chain[k];
                key.Parts[k] = greens[c];
                key.Starts[k] = plan.RegionStart[c];
                key.Ends[k] = ends[c];
                key.Lines[k] = lines.GetLineFromPosition(Math.Min(plan.RegionStart[c], tree.Length)).LineNumber;
            }

            plan._keys[r] = key;
            plan.Dirty[r] = !plan.TryReuse(r, key, cache.GetStageEntry(greens[r][0]));
        }

        return plan;
    }

    private bool TryReuse(int region, RegionKey key, StageCacheEntry? entry)
    {
        if (entry is null || !entry.Key.SameAs(key))
        {
            return false;
        }

        int count = IsStageLocal.Length;
        var node = new Diagnostic[]?[count];
        var stage = new Diagnostic[]?[count];
        bool moved = false;
        for (int k = 0; k < key.Starts.Length; k++)
        {
            moved |= key.Starts[k] != entry.Key.Starts[k];
        }

        foreach (int a in _stageLocal)
        {
            if (entry.Node[a] is not { } recordedNode || (region > 0 && entry.Stage[a] is null))
            {
                return false;
            }

            if (!TryMove(recordedNode, entry.Key, key, moved, out node[a])
                || !TryMove(entry.Stage[a] ?? Array.Empty<Recorded>(), entry.Key, key, moved, out stage[a]))
            {
                return false;
            }
        }

        _reusedNode[region] = node;
        _reusedStage[region] = stage;
        _cache.CountStageReuse();
        return true;
    }

    private bool TryMove(Recorded[] recorded, RegionKey old, RegionKey now, bool moved, out Diagnostic[]? result)
    {
        result = null;
        if (recorded.Length == 0)
        {
            result = Array.Empty<Diagnostic>();
            return true;
        }

        var made = new Diagnostic[recorded.Length];
        for (int i = 0; i < recorded.Length; i++)
        {
            var d = recorded[i].Diagnostic;
            if (!moved)
            {
                made[i] = d;
                continue;
            }

            if (!TryMove(d.Location, old, now, out var location, out bool changed))
            {
                return false;
            }

            List<Location>? additional = null;
            var others = d.AdditionalLocations;
            for (int k = 0; k < others.Count; k++)
            {
                if (!TryMove(others[k], old, now, out var other, out bool otherChanged))
                {
                    return false;
                }

                changed |= otherChanged;
                (additional ??= new List<Location>(others.Count)).Add(other);
            }

            if (!changed)
            {
                made[i] = d;
                continue;
            }

            if (ReferenceEquals(recorded[i].Arguments, AnalyzerDiagnostics.NoArguments))
            {
                // A ready-made diagnostic: its message arguments are not known, so it cannot be made again elsewhere.
                return false;
            }

            made[i] = Diagnostic.Create(d.Descriptor, location, d.Severity, additional, d.Properties, recorded[i].Arguments);
        }

        result = made;
        return true;
    }

    private bool TryMove(Location location, RegionKey old, RegionKey now, out Location moved, out bool changed)
    {
        moved = location;
        changed = false;
        if (location.Kind == LocationKind.None)
        {
            return true;
        }

        if (location.Kind != LocationKind.ExternalFile || !string.Equals(location.GetLineSpan().Path ?? string.Empty, now.Path, StringComparison.Ordinal))
        {
            return false;
        }

        var span = location.SourceSpan;
        for (int k = 0; k < old.Starts.Length; k++)
        {
            if (span.Start >= old.Starts[k] && span.End <= old.Ends[k])
            {
                int delta = now.Starts[k] - old.Starts[k];
                if (delta != 0)
                {
                    moved = _tree.GetLocation(new TextSpan(span.Start + delta, span.Length));
                    changed = true;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Records, for every stage-local analyzer, how many diagnostics it has when node actions enter a region.</summary>
    public void MarkNodes(AnalyzerDiagnostics diagnostics, int analyzer, int fromRegion, int toRegion)
    {
        int count = diagnostics.CountOf(analyzer);
        var marks = NodeMarks[analyzer];
        for (int r = fromRegion; r <= toRegion; r++)
        {
            marks[r] = count;
        }
    }

    /// <summary>Records, for every stage-local analyzer, how many diagnostics it has when node actions enter a region.</summary>
    public void MarkNodes(AnalyzerDiagnostics diagnostics, int fromRegion, int toRegion)
    {
        foreach (int a in _stageLocal)
        {
            MarkNodes(diagnostics, a, fromRegion, toRegion);
        }
    }

    /// <summary>Records how many diagnostics an analyzer has when stage actions reach stage <paramref name="stage"/> (the stage count: the file actions).</summary>
    public void MarkStage(AnalyzerDiagnostics diagnostics, int analyzer, int stage) => StageMarks[analyzer][stage] = diagnostics.CountOf(analyzer);

    /// <summary>
    /// Puts the reused diagnostics between the new ones, in the order a full run reports them (node actions region by
    /// region, then stage actions stage by stage, then file actions), and stores the new regions' results.
    /// </summary>
    public void Complete(AnalyzerDiagnostics diagnostics, Exception?[] failures)
    {
        int stageCount = RegionCount - 1;
        var entries = new StageCacheEntry?[RegionCount];
        for (int r = 0; r < RegionCount; r++)
        {
            if (Dirty[r] && _keys[r] is { } key)
            {
                entries[r] = new StageCacheEntry(key, IsStageLocal.Length);
            }
        }

        foreach (int a in _stageLocal)
        {
            if (failures[a] != null)
            {
                continue;
            }

            var fresh = diagnostics[a];
            var arguments = diagnostics.ArgumentsOf(a);
            var merged = new List<Diagnostic>(fresh?.Count ?? 0);
            var nodeMarks = NodeMarks[a];
            var stageMarks = StageMarks[a];
            for (int r = 0; r < RegionCount; r++)
            {
                if (Dirty[r])
                {
                    if (entries[r] is { } entry)
                    {
                        entry.Node[a] = Slice(fresh, arguments, nodeMarks[r], nodeMarks[r + 1]);
                    }

                    AddRange(merged, fresh, nodeMarks[r], nodeMarks[r + 1]);
                }
                else
                {
                    merged.AddRange(_reusedNode[r]![a]!);
                }
            }

            // What the stage actions reported for the implicit stage before the first FROM: always computed afresh.
            AddRange(merged, fresh, nodeMarks[RegionCount], stageMarks[0]);

            for (int s = 0; s < stageCount; s++)
            {
                int r = s + 1;
                if (Dirty[r])
                {
                    if (entries[r] is { } entry)
                    {
                        entry.Stage[a] = Slice(fresh, arguments, stageMarks[s], stageMarks[s + 1]);
                    }

                    AddRange(merged, fresh, stageMarks[s], stageMarks[s + 1]);
                }
                else
                {
                    merged.AddRange(_reusedStage[r]![a]!);
                }
            }

            AddRange(merged, fresh, stageMarks[stageCount], fresh?.Count ?? 0);
            diagnostics.Replace(a, merged);
        }

        for (int r = 0; r < RegionCount; r++)
        {
            if (entries[r] is { } entry)
            {
                _cache.SetStageEntry(entry.Key.Parts[0][0], entry);
            }
        }
    }

    private static void AddRange(List<Diagnostic> target, List<Diagnostic>? source, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            target.Add(source![i]);
        }
    }

    private static Recorded[] Slice(List<Diagnostic>? source, List<object?[]?>? arguments, int start, int end)
    {
        if (end <= start)
        {
            return Array.Empty<Recorded>();
        }

        var slice = new Recorded[end - start];
        for (int i = start; i < end; i++)
        {
            slice[i - start] = new Recorded(source![i], arguments is null ? AnalyzerDiagnostics.NoArguments : arguments[i]);
        }

        return slice;
    }
}

/// <summary>What a region's reuse depends on; compared element by element (green nodes by reference).</summary>
internal sealed class RegionKey
{
    public RegionKey(int parts)
    {
        Parts = new GreenNode[parts][];
        Starts = new int[parts];
        Ends = new int[parts];
        Lines = new int[parts];
    }

    /// <summary>The top-level green nodes of the region, of each stage it is built on, then of region 0.</summary>
    public GreenNode[][] Parts { get; }

    /// <summary>Where each part starts (full span).</summary>
    public int[] Starts { get; }

    /// <summary>Where each part ends.</summary>
    public int[] Ends { get; }

    /// <summary>The line each part starts on.</summary>
    public int[] Lines { get; }

    public string Names { get; set; } = string.Empty;

    public AnalysisOptions? Options { get; set; }

    public string Path { get; set; } = string.Empty;

    public ImmutableArray<DockerfileAnalyzer> Analyzers { get; set; }

    public bool SameAs(RegionKey other)
    {
        if (Options is null || other.Options is null || !AnalysisOptions.HaveSameSettings(Options, other.Options) || Analyzers != other.Analyzers || Parts.Length != other.Parts.Length
            || !string.Equals(Path, other.Path, StringComparison.Ordinal) || !string.Equals(Names, other.Names, StringComparison.Ordinal))
        {
            return false;
        }

        for (int k = 0; k < Parts.Length; k++)
        {
            if (Lines[k] != other.Lines[k] || Ends[k] - Starts[k] != other.Ends[k] - other.Starts[k])
            {
                return false;
            }

            var mine = Parts[k];
            var theirs = other.Parts[k];
            if (mine.Length != theirs.Length)
            {
                return false;
            }

            for (int i = 0; i < mine.Length; i++)
            {
                if (!ReferenceEquals(mine[i], theirs[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>The diagnostics the stage-local analyzers reported for one region, with what they depended on.</summary>
internal sealed class StageCacheEntry
{
    public StageCacheEntry(RegionKey key, int analyzerCount)
    {
        Key = key;
        Node = new Recorded[]?[analyzerCount];
        Stage = new Recorded[]?[analyzerCount];
    }

    public RegionKey Key { get; }

    /// <summary>By analyzer index: what its node actions reported in the region; <see langword="null"/> when not known.</summary>
    public Recorded[]?[] Node { get; }

    /// <summary>By analyzer index: what its stage actions reported for the stage.</summary>
    public Recorded[]?[] Stage { get; }
}

/// <summary>A diagnostic with the message arguments it was made with (<see cref="AnalyzerDiagnostics.NoArguments"/> when not known).</summary>
internal readonly struct Recorded
{
    public Recorded(Diagnostic diagnostic, object?[]? arguments)
    {
        Diagnostic = diagnostic;
        Arguments = arguments;
    }

    public Diagnostic Diagnostic { get; }

    public object?[]? Arguments { get; }
}
