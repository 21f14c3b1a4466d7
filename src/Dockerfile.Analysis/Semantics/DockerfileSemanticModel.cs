using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// The semantic model of a Dockerfile: its stages and their base images, the references between stages and the
/// target's dependency graph, the variables (ARG, ENV) and SHELL in force at each instruction, word expansion
/// with BuildKit's rules, the layers each instruction makes and what its build cache depends on.
/// </summary>
/// <remarks>
/// Scoping follows BuildKit: ARGs before the first FROM (and the built-in platform ARGs) are visible only to FROM
/// lines; inside a stage a global ARG becomes visible once <c>ARG NAME</c> re-declares it; ENV accumulates through
/// the stage and is inherited by a stage built <c>FROM</c> it; ENV wins over an ARG of the same name. The model is
/// immutable and safe to share between threads. It never throws for malformed input.
/// </remarks>
public sealed class DockerfileSemanticModel
{
    /// <summary>The shell BuildKit uses for shell-form commands when no SHELL instruction sets one.</summary>
    public static readonly ImmutableArray<string> DefaultShell = ImmutableArray.Create("/bin/sh", "-c");

    /// <summary>The ARGs BuildKit predefines for proxies: usable in RUN without being declared.</summary>
    public static readonly ImmutableArray<string> ProxyArguments = ImmutableArray.Create(
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

    /// <summary>The built-in platform ARGs: global without declaration, visible in a stage once declared.</summary>
    public static readonly ImmutableArray<string> PlatformArguments = ImmutableArray.Create(
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");

    /// <summary>
    /// The PATH BuildKit gives a Linux image whose configuration sets none. The base image's own PATH is not
    /// known here, so a stage built on an image starts with this one: <c>$PATH</c> is always defined.
    /// </summary>
    public const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    // Where each top-level instruction of a stage sits (its FROM at index -1): built up front, cheap.
    private readonly Dictionary<InstructionSyntax, (DockerfileStage Stage, int Index)> _position;

    // Scopes of the global instructions (before the first FROM): few, built up front.
    private readonly Dictionary<InstructionSyntax, InstructionScope> _globalScopes = new();

    // Per stage, computed on first request (ScopeOf, GetWorkingDirectory): scopes and working directories.
    private readonly StageState?[] _stageStates;
    private readonly object _stageLock = new();
    private readonly InstructionScope _metaScope;
    private readonly ImmutableDictionary<string, string> _platformValues;
    private readonly ShellWordProcessor _processor;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(SyntaxNode Node, int Slot), object?> _derived = new();

    // Stage lookups by name, so that resolving a name costs a hash lookup rather than a scan of every stage: by
    // lowercase name (FindStage, the last stage wins), by name ignoring case and by base image ignoring case (both
    // in stage order).
    private readonly Dictionary<string, DockerfileStage> _stageByLowerName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DockerfileStage>> _stagesByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<DockerfileStage>> _stagesByBaseImage = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the model of a tree with the default options.</summary>
    /// <param name="tree">The tree.</param>
    public DockerfileSemanticModel(DockerfileSyntaxTree tree)
        : this(tree, null)
    {
    }

    /// <summary>Builds the model of a tree.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="options">The target, build arguments, platforms and build context; <see langword="null"/> for the defaults.</param>
    public DockerfileSemanticModel(DockerfileSyntaxTree tree, SemanticModelOptions? options)
    {
        Tree = tree ?? throw new ArgumentNullException(nameof(tree));
        Options = options ?? SemanticModelOptions.Default;
        _processor = new ShellWordProcessor(tree.EscapeCharacter);
        var platforms = PlatformDefaults.For(Options.TargetPlatform, Options.BuildPlatform);
        _platformValues = platforms.Values;

        var stages = new List<DockerfileStage>();
        var global = new List<InstructionSyntax>();
        FromInstructionSyntax? from = null;
        var current = new List<InstructionSyntax>();

        void Close()
        {
            if (from != null)
            {
                stages.Add(new DockerfileStage(stages.Count, from, current.ToImmutableArray()));
            }

            current.Clear();
        }

        foreach (var instruction in tree.GetRoot().Instructions)
        {
            if (instruction is FromInstructionSyntax f)
            {
                Close();
                from = f;
            }
            else if (from == null)
            {
                global.Add(instruction);
            }
            else
            {
                current.Add(instruction);
            }
        }

        Close();
        Stages = stages.ToImmutableArray();
        IndexStageNames();
        GlobalInstructions = global.ToImmutableArray();
        if (GlobalInstructions.Any(i => i is not ArgInstructionSyntax))
        {
            ImplicitStage = DockerfileStage.CreateImplicit(GlobalInstructions);
        }

        _stageStates = new StageState?[Stages.Length];
        int positions = 0;
        foreach (var stage in Stages)
        {
            positions += stage.Instructions.Length + 1;
        }

        _position = new Dictionary<InstructionSyntax, (DockerfileStage Stage, int Index)>(positions);

        var emptyEnv = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);
        var meta = platforms.Arguments;
        InstructionScope? globalScope = null;
        foreach (var instruction in GlobalInstructions)
        {
            // Instructions between two ARGs see the same scope: share it (and its lazily built Variables).
            globalScope ??= new InstructionScope(emptyEnv, meta, DefaultShell);
            _globalScopes[instruction] = globalScope;
            if (instruction is ArgInstructionSyntax arg)
            {
                meta = DeclareArguments(arg, globalScope, meta, null);
                globalScope = null;
            }
        }

        GlobalArguments = meta;
        _metaScope = new InstructionScope(emptyEnv, meta, DefaultShell);
        foreach (var stage in Stages)
        {
            _position[stage.From] = (stage, -1);
            for (int i = 0; i < stage.Instructions.Length; i++)
            {
                _position[stage.Instructions[i]] = (stage, i);
            }

            ResolveBase(stage, _metaScope);
        }

        foreach (var stage in Stages)
        {
            ResolveReferences(stage);
        }

        Target = FindTarget(Options.Target);
        MarkReachable(Target);
    }

    /// <summary>Gets the tree the model describes.</summary>
    public DockerfileSyntaxTree Tree { get; }

    /// <summary>Gets the options the model was built with.</summary>
    public SemanticModelOptions Options { get; }

    /// <summary>Gets the build stages, in order.</summary>
    public ImmutableArray<DockerfileStage> Stages { get; }

    /// <summary>Gets the instructions before the first FROM (global ARGs).</summary>
    public ImmutableArray<InstructionSyntax> GlobalInstructions { get; }

    /// <summary>
    /// Gets the implicit stage of the instructions before the first FROM when some of them are not ARGs (a file that
    /// BuildKit rejects, often an editor buffer being written), or <see langword="null"/>. Stage actions run on it as
    /// hadolint analyses such instructions; it is not in <see cref="Stages"/>, and <see cref="GetStage"/> returns
    /// <see langword="null"/> for its instructions.
    /// </summary>
    public DockerfileStage? ImplicitStage { get; }

    /// <summary>Gets the global ARGs (and built-in platform ARGs) that FROM lines see; a <see langword="null"/> value has no default.</summary>
    public ImmutableDictionary<string, string?> GlobalArguments { get; }

    /// <summary>Gets the target stage: the one named by <see cref="SemanticModelOptions.Target"/>, else the last; <see langword="null"/> without stages.</summary>
    public DockerfileStage? Target { get; }

    /// <summary>Gets the stages that building the target does not need, in order.</summary>
    public ImmutableArray<DockerfileStage> UnreachableStages => Stages.Where(s => !s.IsReachable).ToImmutableArray();

    /// <summary>Gets the stages the target needs (itself included), in order.</summary>
    public ImmutableArray<DockerfileStage> ReachableStages => Stages.Where(s => s.IsReachable).ToImmutableArray();

    /// <summary>Gets the stage that holds an instruction (its FROM included), or <see langword="null"/> for a global instruction.</summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The stage, or <see langword="null"/>.</returns>
    public DockerfileStage? GetStage(InstructionSyntax instruction) =>
        instruction != null && _position.TryGetValue(instruction, out var position) ? position.Stage : null;

    /// <summary>Gets where a top-level instruction sits in its stage's <see cref="DockerfileStage.Instructions"/>: -1 for the FROM, -2 for an instruction of no stage.</summary>
    internal int GetIndexInStage(InstructionSyntax instruction) =>
        instruction != null && _position.TryGetValue(instruction, out var position) ? position.Index : -2;

    /// <summary>Finds a stage by name (case-insensitive, as BuildKit) or by index.</summary>
    /// <param name="nameOrIndex">The name or decimal index.</param>
    /// <returns>The stage, or <see langword="null"/>.</returns>
    public DockerfileStage? FindStage(string? nameOrIndex)
    {
        if (string.IsNullOrEmpty(nameOrIndex))
        {
            return null;
        }

        if (int.TryParse(nameOrIndex, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
        {
            return index >= 0 && index < Stages.Length ? Stages[index] : null;
        }

        return _stageByLowerName.TryGetValue(nameOrIndex!.ToLowerInvariant(), out var found) ? found : null;
    }

    /// <summary>Gets the stages named <paramref name="name"/> ignoring case, in stage order (empty for <see langword="null"/>).</summary>
    internal IReadOnlyList<DockerfileStage> GetStagesNamed(string? name) =>
        name != null && _stagesByName.TryGetValue(name, out var stages) ? stages : Array.Empty<DockerfileStage>();

    /// <summary>Gets the stages whose base image is <paramref name="image"/> ignoring case, in stage order.</summary>
    internal IReadOnlyList<DockerfileStage> GetStagesBuiltOn(string? image) =>
        image != null && _stagesByBaseImage.TryGetValue(image, out var stages) ? stages : Array.Empty<DockerfileStage>();

    /// <summary>Gets the last stage before index <paramref name="before"/> named <paramref name="name"/> ignoring case.</summary>
    internal DockerfileStage? GetLastStageNamedBefore(string? name, int before)
    {
        var stages = GetStagesNamed(name);
        int lo = 0;
        int hi = stages.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (stages[mid].Index < before)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 ? stages[lo - 1] : null;
    }

    private void IndexStageNames()
    {
        foreach (var stage in Stages)
        {
            if (stage.Name != null)
            {
                _stageByLowerName[stage.Name.ToLowerInvariant()] = stage;
                Add(_stagesByName, stage.Name, stage);
            }

            if (stage.BaseImage != null)
            {
                Add(_stagesByBaseImage, stage.BaseImage, stage);
            }
        }

        static void Add(Dictionary<string, List<DockerfileStage>> index, string key, DockerfileStage stage)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = new List<DockerfileStage>();
                index.Add(key, list);
            }

            list.Add(stage);
        }
    }

    /// <summary>
    /// Gets the absolute working directory in force after an instruction: <c>/</c> by default, a relative
    /// WORKDIR joined to the previous one, and a stage built on an earlier stage starting from that stage's
    /// working directory. Variables are expanded as BuildKit expands them when every one has a value at that point;
    /// a WORKDIR with a variable only the build knows (an ARG without a default) keeps its text.
    /// </summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The working directory, or <c>/</c> for a global instruction.</returns>
    public string GetWorkingDirectory(InstructionSyntax instruction) =>
        instruction != null && _position.TryGetValue(instruction, out var position) ? StateOf(position.Stage).WorkdirAt(position.Index) : "/";

    /// <summary>Gets the parsed script of a shell-form RUN, or <see langword="null"/> for exec form or an empty RUN.</summary>
    /// <param name="run">A top-level RUN of the tree.</param>
    /// <returns>The script, or <see langword="null"/>.</returns>
    public ShellScript? GetShellScript(RunInstructionSyntax run) =>
        run is { Command: ShellFormSyntax } && _position.ContainsKey(run)
            ? GetOrAddDerived(run, DerivedSlots.ShellScript, static (_, r) => ParseShellScript((ShellFormSyntax)r.Command!))
            : null;

    /// <summary>
    /// Parses the script of a shell form once per green node, across models: the script depends only on the
    /// command's text, so an edit elsewhere in the file reuses the scripts of every unchanged RUN (the table
    /// holds them weakly, for as long as some tree holds the node).
    /// </summary>
    private static ShellScript ParseShellScript(ShellFormSyntax shell) =>
        s_scripts.GetValue(shell.Green, static green => ShellScript.Parse(((ShellFormSyntax)SyntaxNodeFactory.CreateRed(green, null, 0)).CommandText));

    /// <summary>
    /// Gets a value computed from a node once per model: rule helpers share one parse of a RUN's script (and its
    /// offset map) instead of each rule re-computing it. <paramref name="slot"/> tells apart the values kept for
    /// the same node. Thread-safe; the factory may run twice under contention (the first stored value wins).
    /// </summary>
    internal T GetOrAddDerived<TNode, T>(TNode node, int slot, Func<DockerfileSemanticModel, TNode, T> factory)
        where TNode : SyntaxNode
    {
        var key = ((SyntaxNode)node, slot);
        if (_derived.TryGetValue(key, out var existing))
        {
            return (T)existing!;
        }

        return (T)_derived.GetOrAdd(key, factory(this, node))!;
    }

    /// <summary>Gets the parsed script of a shell-form RUN, top level or wrapped by ONBUILD, parsed once per model.</summary>
    internal ShellScript GetOrParseShellScript(RunInstructionSyntax run, ShellFormSyntax shell) =>
        GetShellScript(run) ?? GetOrAddDerived(run, DerivedSlots.ShellScript, static (_, r) => ParseShellScript((ShellFormSyntax)r.Command!));

    /// <summary>Gets the ENV variables in force when an instruction runs (before its own ENV pairs), inherited through <c>FROM &lt;stage&gt;</c>.</summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The variables; empty for a global instruction or an unknown one.</returns>
    public IReadOnlyDictionary<string, string> GetEnvironment(InstructionSyntax instruction) =>
        ScopeOf(instruction)?.Environment ?? ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the ARGs visible to an instruction (before its own declarations); a <see langword="null"/> value is declared without a value.</summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The ARGs: the global ones for FROM and global instructions, the stage's declarations otherwise.</returns>
    public IReadOnlyDictionary<string, string?> GetArguments(InstructionSyntax instruction) =>
        ScopeOf(instruction)?.Arguments ?? ImmutableDictionary<string, string?>.Empty;

    /// <summary>Gets the variables a word of the instruction expands with: ARGs with a value, overridden by ENV.</summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The variables.</returns>
    public IReadOnlyDictionary<string, string> GetVariables(InstructionSyntax instruction) =>
        ScopeOf(instruction)?.Variables ?? ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the SHELL used by the instruction's shell form: <c>/bin/sh -c</c> unless a SHELL instruction (here or in a base stage) set another.</summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The shell and its arguments.</returns>
    public ImmutableArray<string> GetShell(InstructionSyntax instruction) => ScopeOf(instruction)?.Shell ?? DefaultShell;

    /// <summary>Expands a word with the variables in force at its instruction, BuildKit's way.</summary>
    /// <param name="word">A word of this tree.</param>
    /// <returns>The value, the variables used and those undefined; an expansion error is reported in the result.</returns>
    public ExpandedWord Expand(WordSyntax word)
    {
        if (word is null)
        {
            throw new ArgumentNullException(nameof(word));
        }

        var instruction = TopLevelInstruction(word);
        var scope = instruction is null ? null : ScopeOf(instruction);
        return Expand(word, scope ?? new InstructionScope(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string?>.Empty, DefaultShell));
    }

    /// <summary>Expands a text as a word with the variables in force at an instruction.</summary>
    /// <param name="text">The raw text (quotes and escapes as written).</param>
    /// <param name="instruction">The instruction whose scope applies.</param>
    /// <returns>The expansion.</returns>
    public ExpandedWord Expand(string text, InstructionSyntax instruction)
    {
        var scope = ScopeOf(instruction) ?? new InstructionScope(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string?>.Empty, DefaultShell);
        return Expand(text ?? string.Empty, scope);
    }

    /// <summary>
    /// Gets the variables an instruction's words reference that are not defined there, sorted. Only the words
    /// BuildKit expands count (not shell-form commands, which the shell expands at build time, nor ONBUILD triggers).
    /// </summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The undefined names.</returns>
    public ImmutableArray<string> GetUndefinedVariables(InstructionSyntax instruction)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in GetExpandedWords(instruction))
        {
            names.UnionWith(Expand(word).UndefinedVariables);
        }

        return names.ToImmutableArray();
    }

    /// <summary>Gets the words of an instruction that BuildKit expands, in order (nested words excluded).</summary>
    /// <param name="instruction">A top-level instruction.</param>
    /// <returns>The words.</returns>
    public IEnumerable<WordSyntax> GetExpandedWords(InstructionSyntax instruction)
    {
        if (instruction is null || instruction is OnbuildInstructionSyntax)
        {
            yield break;
        }

        var stageName = (instruction as FromInstructionSyntax)?.StageName;
        foreach (var node in instruction.DescendantNodes(n => n is not WordSyntax))
        {
            if (node is not WordSyntax word || ReferenceEquals(word, stageName))
            {
                continue;
            }

            if (word.Parent is ArgDeclarationSyntax declaration && ReferenceEquals(declaration.NameWord, word))
            {
                continue;
            }

            if (word.Parent is FlagSyntax { Name: "from" } && instruction is BaseCopyInstructionSyntax)
            {
                continue;
            }

            yield return word;
        }
    }

    /// <summary>Gets what an instruction contributes to the image: a base image, a filesystem layer or metadata only.</summary>
    /// <param name="instruction">A top-level instruction.</param>
    /// <returns>The kind.</returns>
    public InstructionLayerKind GetLayerKind(InstructionSyntax instruction) => instruction switch
    {
        null => InstructionLayerKind.None,
        _ when !_position.ContainsKey(instruction) => InstructionLayerKind.None,
        FromInstructionSyntax => InstructionLayerKind.BaseImage,
        RunInstructionSyntax or BaseCopyInstructionSyntax => InstructionLayerKind.Filesystem,
        _ => InstructionLayerKind.Metadata,
    };

    /// <summary>
    /// Gets the filesystem layers rebuilt when an instruction's cache is invalidated: the RUN, COPY and ADD after it in
    /// its stage and every one in the stages built <c>FROM</c> this stage (transitively), in file order.
    /// </summary>
    /// <param name="instruction">A top-level instruction.</param>
    /// <returns>The later layer-creating instructions.</returns>
    public ImmutableArray<InstructionSyntax> GetLaterLayers(InstructionSyntax instruction)
    {
        var stage = instruction is null ? null : GetStage(instruction);
        if (stage is null)
        {
            return ImmutableArray<InstructionSyntax>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<InstructionSyntax>();
        int index = _position[instruction!].Index;
        for (int i = index + 1; i < stage.Instructions.Length; i++)
        {
            if (GetLayerKind(stage.Instructions[i]) == InstructionLayerKind.Filesystem)
            {
                builder.Add(stage.Instructions[i]);
            }
        }

        foreach (var later in Stages)
        {
            if (later.Index > stage.Index && BuildsOn(later, stage))
            {
                builder.AddRange(later.Instructions.Where(i => GetLayerKind(i) == InstructionLayerKind.Filesystem));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Gets what an instruction's build cache depends on.</summary>
    /// <param name="instruction">A top-level instruction.</param>
    /// <returns>The dependencies: earlier instructions, ARGs, context sources and files, source stage.</returns>
    public CacheDependencies GetCacheDependencies(InstructionSyntax instruction) => GetCacheDependencies(instruction, withEarlierInstructions: true);

    /// <summary>
    /// As <see cref="GetCacheDependencies(InstructionSyntax)"/>; without <paramref name="withEarlierInstructions"/>,
    /// <see cref="CacheDependencies.Instructions"/> is left empty, which keeps a walk over every instruction linear
    /// however long the chain of base stages is.
    /// </summary>
    internal CacheDependencies GetCacheDependencies(InstructionSyntax instruction, bool withEarlierInstructions)
    {
        var stage = instruction is null ? null : GetStage(instruction);
        var earlier = ImmutableArray.CreateBuilder<InstructionSyntax>();
        if (stage != null && withEarlierInstructions)
        {
            var chain = new List<DockerfileStage>();
            for (var s = stage.BaseStage; s != null && !chain.Contains(s); s = s.BaseStage)
            {
                chain.Insert(0, s);
            }

            foreach (var s in chain)
            {
                earlier.AddRange(s.AllInstructions);
            }

            earlier.Add(stage.From);
            int index = _position[instruction!].Index;
            for (int i = 0; i < index; i++)
            {
                earlier.Add(stage.Instructions[i]);
            }
        }

        var scope = instruction is null ? null : ScopeOf(instruction);
        var arguments = new SortedSet<string>(StringComparer.Ordinal);
        if (scope != null && instruction is not null)
        {
            if (instruction is RunInstructionSyntax && stage != null)
            {
                arguments.UnionWith(scope.Arguments.Keys.Where(k => !scope.Environment.ContainsKey(k)));
            }
            else
            {
                foreach (var word in GetExpandedWords(instruction))
                {
                    arguments.UnionWith(Expand(word, scope).UsedVariables.Where(v => scope.Arguments.ContainsKey(v) && !scope.Environment.ContainsKey(v)));
                }
            }
        }

        var sources = ImmutableArray<string>.Empty;
        IReadOnlyList<string>? files = null;
        DockerfileStage? sourceStage = null;
        if (instruction is BaseCopyInstructionSyntax)
        {
            var fromFlag = instruction.GetFlag("from")?.Value?.ValueText;
            if (fromFlag != null)
            {
                sourceStage = stage?.References.FirstOrDefault(r => r.Instruction == instruction && r.Kind == StageReferenceKind.CopyFrom)?.Stage;
            }
            else
            {
                sources = GetContextSources(instruction);
                files = CopiedFiles(instruction, sources);
            }
        }

        return new CacheDependencies(earlier.ToImmutable(), arguments.ToImmutableArray(), sources, files, sourceStage);
    }

    /// <summary>Gets the build-context files a COPY takes, sorted; empty with <c>--from</c>; <see langword="null"/> without a build context.</summary>
    /// <param name="copy">A top-level COPY of the tree.</param>
    /// <returns>The context-relative paths, or <see langword="null"/>.</returns>
    public IReadOnlyList<string>? GetCopiedFiles(CopyInstructionSyntax copy) => GetCopiedFilesCore(copy);

    /// <summary>Gets the build-context files an ADD takes (URLs and Git sources excluded), sorted; <see langword="null"/> without a build context.</summary>
    /// <param name="add">A top-level ADD of the tree.</param>
    /// <returns>The context-relative paths, or <see langword="null"/>.</returns>
    public IReadOnlyList<string>? GetCopiedFiles(AddInstructionSyntax add) => GetCopiedFilesCore(add);

    /// <summary>Resolves a WORKDIR argument against the current directory, removing <c>.</c> and <c>..</c> segments.</summary>
    /// <param name="current">The absolute current directory.</param>
    /// <param name="path">The argument.</param>
    /// <returns>The absolute directory.</returns>
    public static string ResolvePath(string current, string path)
    {
        string combined = path.StartsWith("/", StringComparison.Ordinal) ? path : current.TrimEnd('/') + "/" + path;
        var parts = new List<string>();
        foreach (string part in combined.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join("/", parts);
    }

    private IReadOnlyList<string>? GetCopiedFilesCore(InstructionSyntax instruction)
    {
        if (instruction is null || Options.BuildContext is null)
        {
            return null;
        }

        if (instruction.GetFlag("from") != null)
        {
            return Array.Empty<string>();
        }

        return CopiedFiles(instruction, GetContextSources(instruction));
    }

    private IReadOnlyList<string>? CopiedFiles(InstructionSyntax instruction, ImmutableArray<string> sources)
    {
        BuildContext? context = Options.BuildContext;
        if (context is null)
        {
            return null;
        }

        var excludes = instruction.Flags.Where(f => f.Name == "exclude" && f.Value != null).Select(f => Expand(f.Value!).Value).ToList();
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string source in sources)
        {
            files.UnionWith(context.MatchSource(source, excludes));
        }

        return files.ToList();
    }

    private ImmutableArray<string> GetContextSources(InstructionSyntax instruction)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        var scope = ScopeOf(instruction);
        if (scope is null)
        {
            return builder.ToImmutable();
        }

        var copy = (BaseCopyInstructionSyntax)instruction;
        IReadOnlyList<string> values = copy.ExecForm is { } exec
            ? exec.Values.Select(v => _processor.ProcessWord(v, scope.Lookup).Value).ToList()
            : copy.Words.Select(w => Expand(w, scope).Value).ToList();

        for (int i = 0; i < values.Count - 1; i++)
        {
            string source = values[i];
            if (source.StartsWith("<<", StringComparison.Ordinal) || IsRemote(source))
            {
                continue;
            }

            builder.Add(source);
        }

        return builder.ToImmutable();
    }

    private static bool IsRemote(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("git@", StringComparison.Ordinal) || source.EndsWith(".git", StringComparison.Ordinal);

    private InstructionScope? ScopeOf(InstructionSyntax? instruction)
    {
        if (instruction is null)
        {
            return null;
        }

        if (TopLevelScope(instruction) is { } scope)
        {
            return scope;
        }

        // An instruction inside ONBUILD, or a node of another tree: use its top-level instruction.
        var top = TopLevelInstruction(instruction);
        return top != null && !ReferenceEquals(top, instruction) ? TopLevelScope(top) : null;
    }

    private InstructionScope? TopLevelScope(InstructionSyntax instruction)
    {
        if (_position.TryGetValue(instruction, out var position))
        {
            return position.Index < 0 ? _metaScope : StateOf(position.Stage).Scopes[position.Index];
        }

        return _globalScopes.TryGetValue(instruction, out var scope) ? scope : null;
    }

    private StageState StateOf(DockerfileStage stage)
    {
        var state = Volatile.Read(ref _stageStates[stage.Index]);
        if (state != null)
        {
            return state;
        }

        lock (_stageLock)
        {
            // A stage builds on the state of its base stage (always an earlier one), so the chain of bases not
            // computed yet is computed first, earliest first: ComputeStage then finds its base ready and the depth
            // of the chain (input-controlled) never becomes depth of the stack.
            state = _stageStates[stage.Index];
            if (state != null)
            {
                return state;
            }

            var pending = new Stack<DockerfileStage>();
            for (var next = stage; next != null && _stageStates[next.Index] is null; next = next.BaseStage)
            {
                pending.Push(next);
            }

            while (pending.Count > 0)
            {
                var next = pending.Pop();
                state = ComputeStage(next);
                Volatile.Write(ref _stageStates[next.Index], state);
            }

            // The last stage computed is the one asked for (it was pushed first).
            return state ?? throw new InvalidOperationException("The stage's state was not computed.");
        }
    }

    private StageState ComputeStage(DockerfileStage stage)
    {
        var inherited = stage.BaseStage != null ? StateOf(stage.BaseStage) : null;
        var env = inherited?.Final.Environment ?? EmptyEnvironmentWithPath;
        var shell = inherited?.Final.Shell ?? DefaultShell;
        var args = ImmutableDictionary.Create<string, string?>(StringComparer.Ordinal);
        string workdir = inherited?.FinalWorkdir ?? "/";
        string fromWorkdir = workdir;
        var scopes = new InstructionScope[stage.Instructions.Length];
        var workdirs = new string[stage.Instructions.Length];
        InstructionScope? scope = null;
        for (int i = 0; i < stage.Instructions.Length; i++)
        {
            var instruction = stage.Instructions[i];

            // Instructions that change neither ENV, ARGs nor SHELL share one scope object (and its Variables).
            scope ??= new InstructionScope(env, args, shell);
            scopes[i] = scope;
            switch (instruction)
            {
                case ArgInstructionSyntax arg:
                    args = DeclareArguments(arg, scope, args, GlobalArguments);
                    scope = null;
                    break;
                case EnvInstructionSyntax envInstruction:
                    foreach (var pair in envInstruction.Pairs)
                    {
                        string key = Expand(pair.Key, scope).Value;
                        if (key.Length > 0)
                        {
                            env = env.SetItem(key, pair.Value is null ? string.Empty : Expand(pair.Value, scope).Value);
                        }
                    }

                    scope = null;
                    break;
                case ShellInstructionSyntax { Command: ExecFormSyntax exec }:
                    shell = exec.Values.ToImmutableArray();
                    scope = null;
                    break;
                case WorkdirInstructionSyntax { Value: { } value }:
                    workdir = ResolvePath(workdir, WorkdirText(value.ValueText, scope));
                    break;
            }

            workdirs[i] = workdir;
        }

        return new StageState(scopes, workdirs, fromWorkdir, scope ?? new InstructionScope(env, args, shell), workdir);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Dockerfile.Syntax.InternalSyntax.GreenInner, ShellScript> s_scripts = new();

    private static readonly ImmutableDictionary<string, string> EmptyEnvironmentWithPath =
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal).Add("PATH", DefaultPath);

    /// <summary>The scopes and working directories of one stage's instructions (FROM excluded).</summary>
    private sealed class StageState
    {
        public StageState(InstructionScope[] scopes, string[] workdirs, string fromWorkdir, InstructionScope final, string finalWorkdir)
        {
            Scopes = scopes;
            Workdirs = workdirs;
            FromWorkdir = fromWorkdir;
            Final = final;
            FinalWorkdir = finalWorkdir;
        }

        public InstructionScope[] Scopes { get; }

        public string[] Workdirs { get; }

        public string FromWorkdir { get; }

        public InstructionScope Final { get; }

        public string FinalWorkdir { get; }

        public string WorkdirAt(int index) => index < 0 ? FromWorkdir : Workdirs[index];
    }

    private static InstructionSyntax? TopLevelInstruction(SyntaxNode node)
    {
        InstructionSyntax? result = null;
        for (SyntaxNode? n = node; n != null; n = n.Parent)
        {
            if (n is InstructionSyntax instruction)
            {
                result = instruction;
            }
        }

        return result;
    }

    private ExpandedWord Expand(WordSyntax word, InstructionScope scope) => Expand(word.ValueText, scope);

    // BuildKit expands a WORKDIR's variables before it joins a relative path to the previous one (WORKDIR $APP_HOME
    // with APP_HOME=/opt/app is /opt/app, not /$APP_HOME). The value is expanded only when every variable in it has a
    // value here; with one that only the build knows (an ARG without a default), the text stays as written.
    private string WorkdirText(string text, InstructionScope scope)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        var result = _processor.ProcessWord(text, scope.Lookup);
        return result.Error is null && result.Unmatched.Count == 0 && result.Value.Length > 0 ? result.Value : text;
    }

    private ExpandedWord Expand(string text, InstructionScope scope)
    {
        var result = _processor.ProcessWords(text, scope.Lookup);
        var used = result.Matched.Count == 0 ? ImmutableArray<string>.Empty : result.Matched.OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray();
        var undefined = result.Unmatched.Count == 0
            ? ImmutableArray<string>.Empty
            : result.Unmatched
                .Where(n => !scope.Arguments.ContainsKey(n) && !ProxyArguments.Contains(n) && !IsSpecialParameter(n))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToImmutableArray();
        return new ExpandedWord(result.Value, result.Words.ToImmutableArray(), used, undefined, result.Error);
    }

    private static bool IsSpecialParameter(string name) => name.Length > 0 && !(char.IsLetter(name[0]) || name[0] == '_');

    private ImmutableDictionary<string, string?> DeclareArguments(ArgInstructionSyntax arg, InstructionScope scope, ImmutableDictionary<string, string?> args, ImmutableDictionary<string, string?>? meta)
    {
        foreach (var declaration in arg.Declarations)
        {
            string name = declaration.Name;
            if (name.Length == 0)
            {
                continue;
            }

            string? value;
            if (Options.BuildArguments.TryGetValue(name, out var buildArg))
            {
                value = buildArg;
            }
            else if (declaration.HasDefault)
            {
                value = declaration.DefaultValue is null ? string.Empty : Expand(declaration.DefaultValue, scope).Value;
            }
            else if (meta != null && meta.TryGetValue(name, out var global))
            {
                value = global;
            }
            else if (_platformValues.TryGetValue(name, out var platform))
            {
                value = platform;
            }
            else
            {
                value = null;
            }

            args = args.SetItem(name, value);
        }

        return args;
    }

    private void ResolveBase(DockerfileStage stage, InstructionScope metaScope)
    {
        if (stage.From.Image is { } imageWord)
        {
            var expanded = Expand(imageWord, metaScope);
            stage.ExpandedBaseImage = expanded.Value;
        }

        // The last earlier stage whose lowercased name is the base name: found in the name index (a scan of every
        // earlier stage made the model quadratic in the number of stages), then checked, since the index ignores case.
        string baseName = stage.ExpandedBaseImage;
        DockerfileStage? baseStage = GetLastStageNamedBefore(baseName, stage.Index);
        if (baseStage != null && baseStage.Name!.ToLowerInvariant() != baseName)
        {
            baseStage = null;
            foreach (var earlier in GetStagesNamed(baseName))
            {
                if (earlier.Index < stage.Index && earlier.Name!.ToLowerInvariant() == baseName)
                {
                    baseStage = earlier;
                }
            }
        }

        stage.BaseStage = baseStage;
        if (baseStage is null)
        {
            string? platform = stage.From.Platform?.Value is { } platformWord ? Expand(platformWord, metaScope).Value : null;
            stage.Image = ImageReference.Parse(baseName, platform);
        }
    }

    private void ResolveReferences(DockerfileStage stage)
    {
        var references = ImmutableArray.CreateBuilder<StageReference>();
        if (stage.BaseStage != null)
        {
            references.Add(new StageReference(stage.From, StageReferenceKind.From, stage.ExpandedBaseImage, stage.BaseStage));
        }

        foreach (var instruction in stage.Instructions)
        {
            if (instruction is BaseCopyInstructionSyntax && instruction.GetFlag("from")?.Value is { } from)
            {
                string text = from.ValueText;
                references.Add(new StageReference(instruction, StageReferenceKind.CopyFrom, text, FindStage(text)));
            }

            // GetFlag walks the slots without allocating: most RUNs have no --mount.
            if (instruction is RunInstructionSyntax && instruction.GetFlag("mount") != null)
            {
                foreach (var mount in instruction.Flags.Where(f => f.Name == "mount" && f.Value != null))
                {
                    // Expanding needs the stage's variables, which this constructor does not compute otherwise: a
                    // value that names no "from" and has no variable, quote or escape expands to itself without it.
                    string raw = mount.Value!.ValueText;
                    if (raw.IndexOf("from", StringComparison.OrdinalIgnoreCase) < 0 && raw.IndexOf('$') < 0
                        && raw.IndexOf('"') < 0 && raw.IndexOf('\'') < 0 && raw.IndexOf(Tree.EscapeCharacter) < 0)
                    {
                        continue;
                    }

                    string value = Expand(mount.Value!).Value;
                    foreach (string field in value.Split(','))
                    {
                        int eq = field.IndexOf('=');
                        if (eq > 0 && field.Substring(0, eq).Trim().Equals("from", StringComparison.OrdinalIgnoreCase))
                        {
                            string text = field.Substring(eq + 1).Trim();
                            var target = int.TryParse(text, out _) ? null : FindStage(text);
                            references.Add(new StageReference(instruction, StageReferenceKind.MountFrom, text, target));
                        }
                    }
                }
            }
        }

        stage.References = references.ToImmutable();
        if (references.Count == 0)
        {
            return;
        }

        stage.Dependencies = references
            .Select(r => r.Stage)
            .OfType<DockerfileStage>()
            .Where(s => s != stage)
            .Distinct()
            .OrderBy(s => s.Index)
            .ToImmutableArray();
    }

    private DockerfileStage? FindTarget(string? target)
    {
        if (Stages.IsEmpty)
        {
            return null;
        }

        return (target is null ? null : FindStage(target)) ?? Stages[Stages.Length - 1];
    }

    private static void MarkReachable(DockerfileStage? target)
    {
        var pending = new Stack<DockerfileStage>();
        if (target != null)
        {
            pending.Push(target);
        }

        while (pending.Count > 0)
        {
            var stage = pending.Pop();
            if (stage.IsReachable)
            {
                continue;
            }

            stage.IsReachable = true;
            foreach (var dependency in stage.Dependencies)
            {
                pending.Push(dependency);
            }
        }
    }

    private static bool BuildsOn(DockerfileStage stage, DockerfileStage ancestor)
    {
        int guard = 0;
        for (var s = stage.BaseStage; s != null && guard++ < 10_000; s = s.BaseStage)
        {
            if (s == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The built-in platform ARGs of a target and build platform, as values and as the initial global ARGs:
    /// immutable, so the last ones made are shared by the next model with the same platforms.
    /// </summary>
    private sealed class PlatformDefaults
    {
        private static PlatformDefaults? s_last;

        private PlatformDefaults(string target, string build)
        {
            Target = target;
            Build = build;
            Values = PlatformValues(target, build);
            var arguments = ImmutableDictionary.Create<string, string?>(StringComparer.Ordinal);
            foreach (var pair in Values)
            {
                arguments = arguments.SetItem(pair.Key, pair.Value);
            }

            Arguments = arguments;
        }

        public string Target { get; }

        public string Build { get; }

        public ImmutableDictionary<string, string> Values { get; }

        public ImmutableDictionary<string, string?> Arguments { get; }

        public static PlatformDefaults For(string target, string build)
        {
            var last = Volatile.Read(ref s_last);
            if (last != null && string.Equals(last.Target, target, StringComparison.Ordinal) && string.Equals(last.Build, build, StringComparison.Ordinal))
            {
                return last;
            }

            last = new PlatformDefaults(target, build);
            Volatile.Write(ref s_last, last);
            return last;
        }
    }

    private static ImmutableDictionary<string, string> PlatformValues(string target, string build)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        void Add(string prefix, string platform)
        {
            var parts = (platform ?? string.Empty).Split('/');
            builder[prefix + "PLATFORM"] = platform ?? string.Empty;
            builder[prefix + "OS"] = parts.Length > 0 ? parts[0] : string.Empty;
            builder[prefix + "ARCH"] = parts.Length > 1 ? parts[1] : string.Empty;
            builder[prefix + "VARIANT"] = parts.Length > 2 ? parts[2] : string.Empty;
        }

        Add("TARGET", target);
        Add("BUILD", build);
        return builder.ToImmutable();
    }
}

/// <summary>The slots of <see cref="DockerfileSemanticModel.GetOrAddDerived"/>.</summary>
internal static class DerivedSlots
{
    public const int ShellScript = 0;
    public const int ParsedRun = 1;
    public const int RunFactsExecScript = 2;
    public const int RunCommandFactsExecScript = 3;
    public const int GlobalEnvironment = 4;
    public const int InheritedWorkdirs = 5;
    public const int PipNoCacheDirStages = 6;
    public const int HeredocScripts = 7;
    public const int DocumentSymbols = 8;
}
