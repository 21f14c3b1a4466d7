using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Rules;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// The layers of a Dockerfile without building it: for each stage, each instruction, whether it makes a filesystem
/// layer or only changes metadata, what its build cache depends on, and, given the context paths that changed, which
/// instructions a build would run again and why.
/// </summary>
/// <remarks>
/// An instruction is rebuilt when its own cache key changes (a COPY or ADD, or a RUN's bind mount of the context, takes
/// a changed file after .dockerignore and <c>--exclude</c>), when an earlier instruction of its stage is rebuilt, when
/// it is the FROM of a stage built on a stage with a rebuilt instruction, or when it copies or mounts from such a
/// stage. A changed path that names a folder of the context stands for every file below it; a changed path that is not
/// in the context (a deleted file) still counts for the sources that would take it. Without a build context the
/// changed paths are the only files known. The analysis never throws for malformed input.
/// </remarks>
public sealed class LayerAnalysis
{
    private LayerAnalysis(DockerfileSemanticModel model, IReadOnlyList<string>? changedPaths, ImmutableArray<StageLayers> stages)
    {
        Model = model;
        ChangedPaths = changedPaths;
        Stages = stages;
    }

    /// <summary>Gets the semantic model analysed (its target, build arguments and build context apply).</summary>
    public DockerfileSemanticModel Model { get; }

    /// <summary>Gets the changed paths, relative to the context root and normalised, sorted; <see langword="null"/> when none were given.</summary>
    public IReadOnlyList<string>? ChangedPaths { get; }

    /// <summary>Gets the stages, in order.</summary>
    public ImmutableArray<StageLayers> Stages { get; }

    /// <summary>Gets every instruction of every stage, in file order.</summary>
    public IEnumerable<InstructionLayer> Instructions => Stages.SelectMany(s => s.Instructions);

    /// <summary>
    /// Gets the instructions whose own cache key the change invalidates (they copy or mount a changed file), in file
    /// order: where each cascade of rebuilt instructions starts. Empty when nothing is rebuilt or no paths were given.
    /// </summary>
    public ImmutableArray<InstructionLayer> RebuildStarts =>
        Instructions.Where(i => i.Reason?.Kind == RebuildReasonKind.ChangedFile).ToImmutableArray();

    /// <summary>Analyses the layers of a model, without changed paths (every <see cref="InstructionLayer.Rebuilt"/> is <see langword="null"/>).</summary>
    /// <param name="model">The semantic model.</param>
    /// <returns>The analysis.</returns>
    public static LayerAnalysis Analyze(DockerfileSemanticModel model) => Analyze(model, null);

    /// <summary>Analyses the layers of a model and which instructions a change to some context paths rebuilds.</summary>
    /// <param name="model">The semantic model; its build context (and its .dockerignore) decides which files each COPY takes.</param>
    /// <param name="changedPaths">Paths relative to the context root (<c>/</c> separators, a leading <c>./</c> accepted); <see langword="null"/> for none given.</param>
    /// <returns>The analysis.</returns>
    public static LayerAnalysis Analyze(DockerfileSemanticModel model, IEnumerable<string>? changedPaths)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var tree = model.Tree;
        var stages = ImmutableArray.CreateBuilder<StageLayers>(model.Stages.Length);
        foreach (var stage in model.Stages)
        {
            var instructions = ImmutableArray.CreateBuilder<InstructionLayer>(stage.Instructions.Length + 1);
            int previousLine = 0;
            foreach (var instruction in stage.AllInstructions)
            {
                int line = tree.GetLineSpan(instruction.Span).StartLinePosition.Line + 1;
                instructions.Add(new InstructionLayer(instruction, line, SourceCopy.OneLine(tree, instruction), model.GetLayerKind(instruction), CacheOf(model, stage, instruction, previousLine)));
                previousLine = line;
            }

            stages.Add(new StageLayers(stage, instructions.MoveToImmutable()));
        }

        IReadOnlyList<string>? changed = null;
        var result = stages.MoveToImmutable();
        if (changedPaths != null)
        {
            var normalized = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string? path in changedPaths)
            {
                if (path != null && GoPath.NormalizeContextPath(path) is { Length: > 0 } clean)
                {
                    normalized.Add(clean);
                }
            }

            changed = normalized.ToList();
            new RebuildPass(model, result, changed).Run();
        }

        return new LayerAnalysis(model, changed, result);
    }

    private static ImmutableArray<CacheInput> CacheOf(DockerfileSemanticModel model, DockerfileStage stage, InstructionSyntax instruction, int previousLine)
    {
        var cache = ImmutableArray.CreateBuilder<CacheInput>();
        if (instruction is FromInstructionSyntax)
        {
            cache.Add(stage.BaseStage is { } baseStage
                ? new CacheInput(CacheInputKind.Stage, StageName(baseStage))
                : new CacheInput(CacheInputKind.Image, stage.ExpandedBaseImage));
            return cache.ToImmutable();
        }

        cache.Add(new CacheInput(CacheInputKind.Previous, previousLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var dependencies = model.GetCacheDependencies(instruction, withEarlierInstructions: false);
        foreach (string argument in dependencies.Arguments)
        {
            cache.Add(new CacheInput(CacheInputKind.Argument, argument));
        }

        if (instruction is BaseCopyInstructionSyntax copy)
        {
            if (copy.GetFlag("from") is { Value: { } from })
            {
                var reference = stage.References.FirstOrDefault(r => r.Instruction == instruction && r.Kind == StageReferenceKind.CopyFrom);
                cache.Add(reference?.Stage is { } source
                    ? new CacheInput(CacheInputKind.FromStage, StageName(source))
                    : new CacheInput(CacheInputKind.FromImage, from.ValueText));
            }
            else
            {
                foreach (string source in dependencies.ContextSources)
                {
                    cache.Add(new CacheInput(CacheInputKind.Source, source));
                }

                foreach (string url in RemoteSources(model, copy))
                {
                    cache.Add(new CacheInput(CacheInputKind.Url, url));
                }

                foreach (string file in dependencies.ContextFiles ?? Array.Empty<string>())
                {
                    cache.Add(new CacheInput(CacheInputKind.File, file));
                }
            }
        }
        else if (instruction is RunInstructionSyntax run)
        {
            foreach (var mount in RunMount.Of(model, run))
            {
                cache.Add(new CacheInput(CacheInputKind.Mount, mount.Text));
                if (mount.IsContextBind && model.Options.BuildContext is { } context)
                {
                    foreach (string file in context.MatchSource(mount.Source))
                    {
                        cache.Add(new CacheInput(CacheInputKind.File, file));
                    }
                }
            }
        }

        return cache.ToImmutable();
    }

    /// <summary>A stage as the cache inputs and reasons name it: its name, else its index.</summary>
    internal static string StageName(DockerfileStage stage) => stage.Name ?? stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> RemoteSources(DockerfileSemanticModel model, BaseCopyInstructionSyntax copy)
    {
        if (copy is not AddInstructionSyntax || copy.ExecForm != null)
        {
            yield break;
        }

        var words = copy.Words.ToList();
        for (int i = 0; i < words.Count - 1; i++)
        {
            string value = model.Expand(words[i]).Value;
            if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("git@", StringComparison.Ordinal) || value.EndsWith(".git", StringComparison.Ordinal))
            {
                yield return value;
            }
        }
    }

    /// <summary>Marks the rebuilt instructions, stages in dependency order (a stage after those it builds on, copies or mounts).</summary>
    private sealed class RebuildPass
    {
        private readonly DockerfileSemanticModel _model;
        private readonly ImmutableArray<StageLayers> _stages;
        private readonly HashSet<string> _changed;
        private readonly BuildContext _context;

        public RebuildPass(DockerfileSemanticModel model, ImmutableArray<StageLayers> stages, IReadOnlyList<string> changed)
        {
            _model = model;
            _stages = stages;
            var existing = model.Options.BuildContext;

            // The files a source can take: the context's, plus the changed paths it does not hold (deleted files), which
            // the sources would have taken; a changed folder stands for the files below it.
            var files = new HashSet<string>(existing?.Files ?? Array.Empty<string>(), StringComparer.Ordinal);
            _changed = new HashSet<string>(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (string path in changed)
            {
                string prefix = path + "/";
                var below = existing?.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).ToList() ?? new List<string>();
                if (below.Count > 0 && !files.Contains(path))
                {
                    _changed.UnionWith(below);
                    continue;
                }

                _changed.Add(path);
                if (!files.Contains(path))
                {
                    missing.Add(path);
                }
            }

            _context = existing != null && missing.Count == 0
                ? existing
                : BuildContext.FromFiles(files.Concat(missing), existing?.IgnoreFile);
        }

        public void Run()
        {
            foreach (var instruction in _stages.SelectMany(s => s.Instructions))
            {
                instruction.Rebuilt = false;
            }

            var order = DependencyOrder();

            // One pass settles every stage whose references point to stages ordered before it; a cycle (which
            // BuildKit rejects) gets a second pass. Rebuilt only ever turns true, so the passes are bounded.
            for (int pass = 0; pass < 2; pass++)
            {
                bool changed = false;
                foreach (var stage in order)
                {
                    changed |= Mark(stage);
                }

                if (!changed)
                {
                    break;
                }
            }
        }

        private bool Mark(StageLayers stage)
        {
            bool changed = false;
            InstructionLayer? previousRebuilt = null;
            foreach (var layer in stage.Instructions)
            {
                if (layer.Rebuilt == true)
                {
                    previousRebuilt ??= layer;
                    continue;
                }

                var reason = ReasonFor(stage, layer, previousRebuilt);
                if (reason != null)
                {
                    layer.Rebuilt = true;
                    layer.Reason = reason;
                    previousRebuilt ??= layer;
                    changed = true;
                }
            }

            return changed;
        }

        private RebuildReason? ReasonFor(StageLayers stage, InstructionLayer layer, InstructionLayer? previousRebuilt)
        {
            var instruction = layer.Instruction;
            if (instruction is FromInstructionSyntax)
            {
                return stage.Stage.BaseStage is { } baseStage && IsRebuilt(baseStage)
                    ? new RebuildReason(RebuildReasonKind.BaseStage, $"its base stage '{StageName(baseStage)}' is rebuilt", stage: baseStage)
                    : null;
            }

            if (previousRebuilt != null)
            {
                return new RebuildReason(RebuildReasonKind.EarlierInstruction, $"comes after line {previousRebuilt.Line}, which is rebuilt", cause: previousRebuilt.Instruction);
            }

            if (ChangedFileTaken(instruction) is { } file)
            {
                string verb = instruction is RunInstructionSyntax ? "mounts" : "copies";
                return new RebuildReason(RebuildReasonKind.ChangedFile, $"{verb} {file}, which changed", changedPath: file);
            }

            foreach (var reference in stage.Stage.References)
            {
                if (reference.Instruction != instruction || reference.Stage is not { } source || reference.Kind == StageReferenceKind.From || !IsRebuilt(source))
                {
                    continue;
                }

                return reference.Kind == StageReferenceKind.CopyFrom
                    ? new RebuildReason(RebuildReasonKind.CopiedStage, $"copies from stage '{StageName(source)}', which is rebuilt", stage: source)
                    : new RebuildReason(RebuildReasonKind.MountedStage, $"mounts stage '{StageName(source)}', which is rebuilt", stage: source);
            }

            return null;
        }

        private bool IsRebuilt(DockerfileStage stage) => _stages[stage.Index].Instructions.Any(i => i.Rebuilt == true);

        /// <summary>The first changed file (ordinally) the instruction takes from the context, or null.</summary>
        private string? ChangedFileTaken(InstructionSyntax instruction)
        {
            IEnumerable<string> taken;
            if (instruction is BaseCopyInstructionSyntax copy && copy.GetFlag("from") == null)
            {
                var sources = _model.GetCacheDependencies(instruction, withEarlierInstructions: false).ContextSources;
                var excludes = instruction.Flags.Where(f => f.Name == "exclude" && f.Value != null).Select(f => _model.Expand(f.Value!).Value).ToList();
                taken = sources.SelectMany(s => _context.MatchSource(s, excludes));
            }
            else if (instruction is RunInstructionSyntax run)
            {
                taken = RunMount.Of(_model, run).Where(m => m.IsContextBind).SelectMany(m => _context.MatchSource(m.Source));
            }
            else
            {
                return null;
            }

            string? first = null;
            foreach (string file in taken)
            {
                if (_changed.Contains(file) && (first is null || string.CompareOrdinal(file, first) < 0))
                {
                    first = file;
                }
            }

            return first;
        }

        /// <summary>The stages, each after the stages it depends on where the references allow it (Kahn's algorithm; a cycle keeps file order).</summary>
        private List<StageLayers> DependencyOrder()
        {
            var order = new List<StageLayers>(_stages.Length);
            var remaining = new int[_stages.Length];
            var dependents = new List<int>[_stages.Length];
            for (int i = 0; i < _stages.Length; i++)
            {
                dependents[i] = new List<int>();
            }

            foreach (var stage in _stages)
            {
                foreach (var dependency in stage.Stage.Dependencies)
                {
                    remaining[stage.Index]++;
                    dependents[dependency.Index].Add(stage.Index);
                }
            }

            var ready = new SortedSet<int>(Enumerable.Range(0, _stages.Length).Where(i => remaining[i] == 0));
            var placed = new bool[_stages.Length];
            while (ready.Count > 0)
            {
                int next = ready.Min;
                ready.Remove(next);
                placed[next] = true;
                order.Add(_stages[next]);
                foreach (int dependent in dependents[next])
                {
                    if (--remaining[dependent] == 0)
                    {
                        ready.Add(dependent);
                    }
                }
            }

            for (int i = 0; i < _stages.Length; i++)
            {
                if (!placed[i])
                {
                    order.Add(_stages[i]);
                }
            }

            return order;
        }
    }
}
