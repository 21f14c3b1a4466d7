using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// An immutable snapshot of one Dockerfile: its text, tree, configuration and build context, and, computed lazily
/// once per snapshot (safely from any number of threads), its semantic model, diagnostics and fix summary.
/// </summary>
/// <remarks>
/// A new version is a new snapshot: <see cref="WithText"/> reparses incrementally (unchanged instructions keep their
/// green nodes) and shares the analyzer cache, so analysing the new snapshot only runs local actions on what changed.
/// Positions are offsets into <see cref="Text"/>; front ends convert them to their own coordinates through
/// <see cref="SourceText.Lines"/>.
/// </remarks>
public sealed class DockerfileDocument
{
    /// <summary>The most fix-all rounds <see cref="FixAll"/> runs (and <see cref="GetFixSummary"/> assumes).</summary>
    public const int MaxFixRounds = 10;

    private readonly AnalysisOptions _baseOptions;
    private readonly object _gate = new();
    private DockerfileSemanticModel? _model;
    private StrongBox<ImmutableArray<Diagnostic>>? _diagnostics;
    private FixSummary? _fixSummary;

    private DockerfileDocument(string? filePath, DockerfileSyntaxTree tree, AnalysisConfiguration configuration, BuildContext? buildContext, AnalysisOptions baseOptions, AnalysisOptions? options = null)
    {
        FilePath = filePath;
        SyntaxTree = tree;
        Configuration = configuration;
        BuildContext = buildContext;
        _baseOptions = baseOptions;

        // A new text keeps the snapshot's options object: the driver reuses per-stage results only for the same options.
        Options = options ?? baseOptions.WithBuildContext(buildContext).WithConfiguration(configuration);
    }

    /// <summary>Gets the Dockerfile's full path, or <see langword="null"/> for a buffer that was never saved.</summary>
    public string? FilePath { get; }

    /// <summary>Gets the text (a byte order mark stays as U+FEFF).</summary>
    public SourceText Text => SyntaxTree.GetText();

    /// <summary>Gets the syntax tree of <see cref="Text"/>.</summary>
    public DockerfileSyntaxTree SyntaxTree { get; }

    /// <summary>Gets the configuration that applies to this Dockerfile (severities, disabled and opt-in rules, trusted registries, label schema).</summary>
    public AnalysisConfiguration Configuration { get; }

    /// <summary>Gets the build context the Dockerfile is built with, when known.</summary>
    public BuildContext? BuildContext { get; }

    /// <summary>
    /// Gets the options every analysis of this snapshot uses: the build context, the configuration applied
    /// (<see cref="AnalysisOptions.WithConfiguration"/>) and the analyzer cache shared with the other snapshots.
    /// </summary>
    public AnalysisOptions Options { get; }

    /// <summary>
    /// Creates a snapshot from text. The configuration and build context are taken as given (nothing is read from
    /// disk); use <see cref="DockerfileWorkspace"/> to have them found for a path.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="filePath">The Dockerfile's path (made full), or <see langword="null"/> for an unsaved buffer.</param>
    /// <param name="configuration">The configuration; <see langword="null"/> for <see cref="AnalysisConfiguration.Empty"/>.</param>
    /// <param name="buildContext">The build context, when known.</param>
    /// <param name="cache">The analyzer cache; <see langword="null"/> for <see cref="AnalyzerCache.Shared"/>.</param>
    /// <returns>The snapshot.</returns>
    public static DockerfileDocument Create(SourceText text, string? filePath = null, AnalysisConfiguration? configuration = null, BuildContext? buildContext = null, AnalyzerCache? cache = null) =>
        Create(text, filePath, configuration, buildContext, new AnalysisOptions { Cache = cache ?? AnalyzerCache.Shared });

    /// <summary>
    /// Creates a snapshot from text with base analysis options (analyzers, cache, target, build arguments...), to
    /// which the configuration and build context are added.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="filePath">The Dockerfile's path (made full), or <see langword="null"/> for an unsaved buffer.</param>
    /// <param name="configuration">The configuration; <see langword="null"/> for <see cref="AnalysisConfiguration.Empty"/>.</param>
    /// <param name="buildContext">The build context, when known.</param>
    /// <param name="options">
    /// The base options; their <see cref="AnalysisOptions.BuildContext"/> and <see cref="AnalysisOptions.Configuration"/>
    /// are replaced by <paramref name="buildContext"/> and <paramref name="configuration"/>.
    /// </param>
    /// <returns>The snapshot.</returns>
    public static DockerfileDocument Create(SourceText text, string? filePath, AnalysisConfiguration? configuration, BuildContext? buildContext, AnalysisOptions options)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        string? full = filePath is null ? null : DockerfileWorkspace.FullPathOf(filePath);
        var tree = DockerfileSyntaxTree.ParseText(text, full);
        return new DockerfileDocument(full, tree, configuration ?? AnalysisConfiguration.Empty, buildContext, options);
    }

    /// <summary>Gets the semantic model (stages, variables, layers), built once per snapshot.</summary>
    /// <returns>The model.</returns>
    public DockerfileSemanticModel GetSemanticModel()
    {
        var model = Volatile.Read(ref _model);
        if (model != null)
        {
            return model;
        }

        lock (_gate)
        {
            _model ??= new DockerfileSemanticModel(SyntaxTree, new SemanticModelOptions
            {
                BuildContext = Options.BuildContext,
                Target = Options.Target,
                BuildArguments = Options.BuildArguments,
            });
            return _model;
        }
    }

    /// <summary>
    /// Gets the diagnostics (<see cref="DockerfileAnalysis.Analyze"/> with <see cref="Options"/>): parse errors, rule
    /// findings after the configuration and suppressions, and the configuration's <c>DF0002</c>. Computed once per
    /// snapshot; every caller, on any thread, gets the same array. A cancelled computation is not kept.
    /// </summary>
    /// <param name="cancellationToken">Cancels the analysis (then the next call computes again).</param>
    /// <returns>The diagnostics, sorted by position then id.</returns>
    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken = default)
    {
        var done = Volatile.Read(ref _diagnostics);
        if (done != null)
        {
            return done.Value;
        }

        lock (_gate)
        {
            if (_diagnostics is null)
            {
                var computed = DockerfileAnalysis.Analyze(SyntaxTree, Options, cancellationToken);
                Interlocked.Increment(ref _diagnosticsComputed);
                Volatile.Write(ref _diagnostics, new StrongBox<ImmutableArray<Diagnostic>>(computed));
            }

            return _diagnostics!.Value;
        }
    }

    /// <summary>How many times <see cref="GetDiagnostics"/> ran the analysis on this snapshot (tests check it is once).</summary>
    internal int DiagnosticsComputedCount => Volatile.Read(ref _diagnosticsComputed);

    private int _diagnosticsComputed;

    /// <summary>
    /// Gets which diagnostics of <see cref="GetDiagnostics"/> have a fix, and how many fixes <see cref="FixAll"/>
    /// with every rule would apply (<see cref="CodeFixes.CodeFixes.Summarize"/>). Computed once per snapshot.
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The summary.</returns>
    public FixSummary GetFixSummary(CancellationToken cancellationToken = default)
    {
        var summary = Volatile.Read(ref _fixSummary);
        if (summary != null)
        {
            return summary;
        }

        var diagnostics = GetDiagnostics(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _fixSummary ??= CodeFixes.CodeFixes.Summarize(SyntaxTree, diagnostics, Options, MaxFixRounds);
            return _fixSummary;
        }
    }

    /// <summary>
    /// Applies fixes until none applies (at most <see cref="MaxFixRounds"/> rounds), as <c>dfa fix</c> does. Not
    /// memoised: each call computes.
    /// </summary>
    /// <param name="ruleIds">Only fix diagnostics of these rules; <see langword="null"/> for every rule.</param>
    /// <param name="cancellationToken">Cancels the work before it starts.</param>
    /// <returns>The fixed text and the counts (the same text when <see cref="FixAllResult.FixCount"/> is 0).</returns>
    public FixAllResult FixAll(IReadOnlyCollection<string>? ruleIds = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return CodeFixes.CodeFixes.FixAll(SyntaxTree, Options, ruleIds, MaxFixRounds);
    }

    /// <summary>
    /// Returns the snapshot of new text: the tree is reparsed incrementally (<see cref="DockerfileSyntaxTree.WithChangedText"/>)
    /// and the analyzer cache is shared, so only changed instructions are analysed again. The new snapshot's
    /// <see cref="Text"/> has the same characters as <paramref name="newText"/> but is held in one piece, so it is not
    /// the same object when <paramref name="newText"/> came from <see cref="SourceText.WithChanges(TextChange[])"/>:
    /// base the next edit on the snapshot's <see cref="Text"/>.
    /// </summary>
    /// <param name="newText">The new text (typically <see cref="Text"/> with changes applied).</param>
    /// <returns>The new snapshot, with the same path, configuration and build context.</returns>
    public DockerfileDocument WithText(SourceText newText)
    {
        if (newText is null)
        {
            throw new ArgumentNullException(nameof(newText));
        }

        // The reparse needs the edited text (it knows what changed); the snapshot keeps a copy in one piece. An edited
        // SourceText reads every character through its pieces, which made analysing a document after a few edits in
        // an editor many times slower than analysing the same text freshly loaded (docs/performance.md). Copying is
        // one pass over the text; a text that is already one string is not copied.
        var tree = SyntaxTree.WithChangedText(newText);
        var flat = SourceText.From(newText.ToString(), newText.Encoding, newText.ChecksumAlgorithm);
        return new DockerfileDocument(FilePath, tree.WithSameText(flat), Configuration, BuildContext, _baseOptions, Options);
    }

    /// <summary>Returns the snapshot with another configuration (same tree).</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The new snapshot, or this one when the configuration is the same object.</returns>
    public DockerfileDocument WithConfiguration(AnalysisConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return ReferenceEquals(configuration, Configuration) ? this : new DockerfileDocument(FilePath, SyntaxTree, configuration, BuildContext, _baseOptions);
    }

    /// <summary>Returns the snapshot with another build context (same tree).</summary>
    /// <param name="context">The build context, or <see langword="null"/> when unknown.</param>
    /// <returns>The new snapshot, or this one when the context is the same object.</returns>
    public DockerfileDocument WithBuildContext(BuildContext? context) =>
        ReferenceEquals(context, BuildContext) ? this : new DockerfileDocument(FilePath, SyntaxTree, Configuration, context, _baseOptions);

    /// <summary>The configuration and build context replaced together (one new snapshot).</summary>
    internal DockerfileDocument With(AnalysisConfiguration configuration, BuildContext? context) =>
        ReferenceEquals(configuration, Configuration) && ReferenceEquals(context, BuildContext)
            ? this
            : new DockerfileDocument(FilePath, SyntaxTree, configuration, context, _baseOptions);
}
