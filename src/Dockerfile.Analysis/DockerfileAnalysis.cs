using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dockerfile.Syntax.InternalSyntax;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis;

/// <summary>The analyzer driver: runs analyzers over a Dockerfile and collects their diagnostics.</summary>
public static class DockerfileAnalysis
{
    private static readonly Lazy<ImmutableArray<DockerfileAnalyzer>> s_builtIn = new(DiscoverBuiltInAnalyzers);

    /// <summary>
    /// Every public, non-abstract analyzer with a parameterless constructor in the
    /// <c>Dockerfile.Analysis.Rules</c> namespace, ordered by type name: adding a rule is adding its file.
    /// </summary>
    private static ImmutableArray<DockerfileAnalyzer> DiscoverBuiltInAnalyzers() =>
        typeof(DockerfileAnalysis).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(DockerfileAnalyzer).IsAssignableFrom(t)
                && t.Namespace == typeof(DF2001DependencyInstallAfterSourceCopy).Namespace && t.GetConstructor(Type.EmptyTypes) != null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DockerfileAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Gets the descriptor of <c>DF0001</c>, reported when an analyzer throws instead of the analyzer's results.</summary>
    public static DiagnosticDescriptor AnalyzerErrorDescriptor { get; } = RuleInfo.CreateDescriptor(
        "DF0001",
        "An analyzer failed",
        "Analyzer '{0}' failed and its results are missing: {1}: {2}",
        "Internal",
        DiagnosticSeverity.Warning,
        "An analyzer threw an exception. The other analyzers still ran; please report the problem.");

    /// <summary>Gets one instance of every built-in analyzer.</summary>
    public static ImmutableArray<DockerfileAnalyzer> BuiltInAnalyzers => s_builtIn.Value;

    /// <summary>
    /// The number of top-level instructions from which analyzers run in parallel (each analyzer on its own
    /// worker, results concatenated in analyzer order, so the output does not depend on scheduling).
    /// </summary>
    public const int ParallelThreshold = 200;

    /// <summary>
    /// Analyzes a Dockerfile. Returns the tree's parse diagnostics and every analyzer diagnostic, after the
    /// configuration and the suppressions in the file are applied, sorted by position then id. An analyzer that
    /// throws is stopped and reported as <c>DF0001</c>; the others still run. Results of local node actions are
    /// taken from <see cref="AnalysisOptions.Cache"/> for nodes analysed before (an unchanged instruction of an
    /// edited tree shares its green node with the old tree).
    /// </summary>
    /// <param name="tree">The tree to analyze.</param>
    /// <param name="options">The options; <see langword="null"/> runs every built-in analyzer.</param>
    /// <param name="cancellationToken">Cancels the analysis with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The diagnostics.</returns>
    public static ImmutableArray<Diagnostic> Analyze(DockerfileSyntaxTree tree, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        options ??= AnalysisOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new List<Diagnostic>(tree.GetDiagnostics(cancellationToken));
        var root = tree.GetRoot(cancellationToken);
        var modelOptions = new SemanticModelOptions { BuildContext = options.BuildContext, Target = options.Target, BuildArguments = options.BuildArguments };
        var model = new Lazy<DockerfileSemanticModel>(() => new DockerfileSemanticModel(tree, modelOptions), LazyThreadSafetyMode.ExecutionAndPublication);
        var analyzers = options.EffectiveAnalyzers;
        var results = new List<Diagnostic>[analyzers.Length];

        void Run(int i) => results[i] = RunIsolated(analyzers[i], tree, root, model, options, cancellationToken);

        if (analyzers.Length > 1 && root.Green.SlotCount >= ParallelThreshold && options.AllowParallel)
        {
            try
            {
                Parallel.For(0, analyzers.Length, new ParallelOptions { CancellationToken = cancellationToken }, Run);
            }
            catch (AggregateException ex) when (cancellationToken.IsCancellationRequested && ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        else
        {
            for (int i = 0; i < analyzers.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(i);
            }
        }

        foreach (var list in results)
        {
            diagnostics.AddRange(list);
        }

        var rules = RuleCatalog.All.Concat(analyzers.SelectMany(a => a.Rules));
        var filtered = Configuration.DiagnosticFilter.Apply(diagnostics, tree, options.Configuration, rules);
        return filtered
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ToImmutableArray();
    }

    private static List<Diagnostic> RunIsolated(DockerfileAnalyzer analyzer, DockerfileSyntaxTree tree, DockerfileSyntax root, Lazy<DockerfileSemanticModel> model, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var results = new List<Diagnostic>();
        try
        {
            RunAnalyzer(analyzer, tree, root, model, options, results.Add, cancellationToken);
            return results;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return new List<Diagnostic>
            {
                Diagnostic.Create(
                    AnalyzerErrorDescriptor,
                    tree.GetLocation(new TextSpan(0, 0)),
                    analyzer.GetType().Name,
                    ex.GetType().Name,
                    ex.Message),
            };
        }
    }

    private static void RunAnalyzer(DockerfileAnalyzer analyzer, DockerfileSyntaxTree tree, DockerfileSyntax root, Lazy<DockerfileSemanticModel> lazyModel, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var context = new AnalysisContext();
        analyzer.Initialize(context);

        if (context.LocalActions.Count > 0)
        {
            RunLocalActions(analyzer, context, tree, root, options.Cache, report, cancellationToken);
        }

        if (context.NodeActions.Count == 0 && context.StageActions.Count == 0 && context.FileActions.Count == 0)
        {
            return;
        }

        var model = lazyModel.Value;
        if (context.NodeActions.Count > 0)
        {
            foreach (var node in root.DescendantNodes())
            {
                foreach (var (action, kinds) in context.NodeActions)
                {
                    if (kinds.Contains(node.Kind))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        action(new SyntaxNodeAnalysisContext(node, model, options, report, cancellationToken));
                    }
                }
            }
        }

        foreach (var stage in model.Stages)
        {
            foreach (var action in context.StageActions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                action(new StageAnalysisContext(stage, model, options, report, cancellationToken));
            }
        }

        foreach (var action in context.FileActions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            action(new DockerfileAnalysisContext(model, options, report, cancellationToken));
        }
    }

    /// <summary>
    /// Runs the local actions over each top-level child of the root (parser directives and instructions), taking
    /// whole-subtree results from the cache when the child's green node was analysed before.
    /// </summary>
    private static void RunLocalActions(DockerfileAnalyzer analyzer, AnalysisContext context, DockerfileSyntaxTree tree, DockerfileSyntax root, AnalyzerCache? cache, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var actions = context.LocalActions;
        var rootGreen = root.Green;
        foreach (var (action, kinds) in actions)
        {
            if (kinds.Contains(SyntaxKind.Dockerfile))
            {
                // The root changes with every edit: its actions run each time, on a detached root.
                var detachedRoot = SyntaxNodeFactory.CreateRed(rootGreen, null, 0);
                foreach (var d in RunLocal(detachedRoot, actions, SyntaxKind.Dockerfile, cancellationToken))
                {
                    report(Diagnostic.Create(d.Descriptor, tree.GetLocation(d.Span), d.MessageArgs));
                }

                break;
            }
        }

        int position = root.Position;
        for (int i = 0; i < rootGreen.SlotCount; i++)
        {
            var child = rootGreen.GetSlot(i);
            if (child is GreenInner inner)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (cache is null || !cache.TryGet(inner, analyzer, out var cached))
                {
                    var detached = SyntaxNodeFactory.CreateRed(inner, null, 0);
                    cached = RunLocal(detached, actions, null, cancellationToken);
                    cache?.Set(inner, analyzer, cached);
                }

                foreach (var d in cached)
                {
                    report(Diagnostic.Create(d.Descriptor, tree.GetLocation(new TextSpan(position + d.Span.Start, d.Span.Length)), d.MessageArgs));
                }
            }

            position += child.FullWidth;
        }
    }

    private static CachedDiagnostic[] RunLocal(SyntaxNode detached, IReadOnlyList<(Action<LocalSyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> actions, SyntaxKind? only, CancellationToken cancellationToken)
    {
        List<CachedDiagnostic>? found = null;
        void Add(DiagnosticDescriptor descriptor, TextSpan span, object?[]? args) => (found ??= new List<CachedDiagnostic>()).Add(new CachedDiagnostic(descriptor, span, args));

        var nodes = only is null ? detached.DescendantNodesAndSelf() : new[] { detached };
        foreach (var node in nodes)
        {
            foreach (var (action, kinds) in actions)
            {
                if (kinds.Contains(node.Kind) && (only is null || node.Kind == only))
                {
                    action(new LocalSyntaxNodeAnalysisContext(node, Add, cancellationToken));
                }
            }
        }

        return found?.ToArray() ?? Array.Empty<CachedDiagnostic>();
    }
}
