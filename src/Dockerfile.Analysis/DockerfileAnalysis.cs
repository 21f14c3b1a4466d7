using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dockerfile.Syntax.InternalSyntax;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Rules.Support;
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
    // The explicit list (no reflection: a trimmed or ahead-of-time compiled host keeps every rule).
    private static readonly Lazy<ImmutableArray<DockerfileAnalyzer>> s_builtIn = new(BuiltInAnalyzerList.Create);

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
    /// The number of top-level instructions from which the driver works in parallel: local actions over chunks of
    /// instructions, other actions one analyzer per worker. Results are gathered in a fixed order, so the output
    /// does not depend on scheduling.
    /// </summary>
    public const int ParallelThreshold = 200;

    /// <summary>
    /// Analyzes a Dockerfile. Returns the tree's parse diagnostics and every analyzer diagnostic, after the
    /// configuration and the suppressions in the file are applied, sorted by position then id. An analyzer that
    /// throws is stopped and reported as <c>DF0001</c> (its other results are dropped); the others still run.
    /// Results of local node actions are taken from <see cref="AnalysisOptions.Cache"/> for instructions analysed
    /// before (an unchanged instruction of an edited tree shares its green node with the old tree).
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

        // Read first: a "# check=experimental=Name" directive turns on a rule that is off by default, as in BuildKit.
        var suppressions = Configuration.InlineSuppressions.Read(tree);
        if (options.EffectiveCheckSettings is { } checkSettings)
        {
            // As BuildKit's BUILDKIT_DOCKERFILE_CHECK: instead of the file's "# check=" directive.
            suppressions = suppressions.WithCheckSettings(checkSettings);
        }

        bool nothingToFilter = NothingToFilter(suppressions, options.Configuration);
        if (suppressions.CheckExperimental.Count > 0)
        {
            var turnedOn = RuleCatalog.All.Where(r => !options.IsReported(r.Descriptor) && suppressions.TurnsOn(r.Descriptor)).Select(r => r.Id).ToList();
            if (turnedOn.Count > 0)
            {
                options = options.WithEnabledRules(turnedOn);
            }
        }

        var diagnostics = new List<Diagnostic>(tree.GetDiagnostics(cancellationToken));
        var root = tree.GetRoot(cancellationToken);
        var modelOptions = new SemanticModelOptions { BuildContext = options.BuildContext, Target = options.Target, BuildArguments = options.BuildArguments };
        var model = new Lazy<DockerfileSemanticModel>(() => new DockerfileSemanticModel(tree, modelOptions), LazyThreadSafetyMode.ExecutionAndPublication);
        var analyzers = options.EffectiveAnalyzers;
        bool parallel = options.AllowParallel && root.Green.SlotCount >= ParallelThreshold;

        // The analyzers' actions, registered once per built-in analyzer; one whose Initialize threw is reported and skipped.
        var actions = AnalyzerActions.For(options, cancellationToken);
        var contexts = actions.Contexts;
        var failures = (Exception?[])actions.Failures.Clone();

        var local = RunLocalActions(analyzers, actions, failures, tree, root, options.Cache, parallel, cancellationToken);

        // Analyzers that declared the stage scope reuse the results of unchanged stages from an earlier version.
        StagePlan? plan = null;
        if (actions.HasStageLocal && options.Cache != null)
        {
            try
            {
                plan = StagePlan.Create(tree, root, model.Value, options, analyzers, actions, failures);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // The semantic model failed: the actions below meet the same failure and report it.
                plan = null;
            }
        }

        // Message arguments are kept only for the analyzers whose results may be moved (the stage-scoped ones).
        var others = new AnalyzerDiagnostics(analyzers.Length, plan?.IsStageLocal);

        // Large file: one analyzer per worker, each walking the tree; not when most stages are reused (an edit in an
        // editor), where one walk that skips the reused stages costs less than starting the workers.
        if (parallel && analyzers.Length > 1 && (plan is null || plan.DirtyCount * 4 > plan.RegionCount))
        {
            void RunOthers(int i)
            {
                var context = contexts[i];
                if (context is null || Volatile.Read(ref failures[i]) != null || !context.HasSemanticActions)
                {
                    return;
                }

                try
                {
                    RunSemanticActions(context, i, root, model.Value, options, others, plan, cancellationToken);
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    Interlocked.CompareExchange(ref failures[i], ex, null);
                }
            }

            Invoke(analyzers.Length, true, RunOthers, cancellationToken);
        }
        else
        {
            RunSemanticActionsTogether(actions, failures, others, root, model, options, plan, cancellationToken);
        }

        plan?.Complete(others, failures);

        for (int i = 0; i < analyzers.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                diagnostics.Add(Diagnostic.Create(
                    AnalyzerErrorDescriptor,
                    tree.GetLocation(new TextSpan(0, 0)),
                    analyzers[i].GetType().Name,
                    failure.GetType().Name,
                    failure.Message));
                continue;
            }

            AddReported(diagnostics, local?[i], options);
            AddReported(diagnostics, others[i], options);
        }

        if (options.ShellCheck is { } shellCheck)
        {
            AddShellCheckFindings(diagnostics, model, shellCheck, cancellationToken);
        }

        if (nothingToFilter)
        {
            return Sort(diagnostics);
        }

        var filtered = Configuration.DiagnosticFilter.Apply(diagnostics, options.Configuration, actions.GetRuleIdResolver(analyzers), suppressions);
        return Sort(filtered);
    }

    /// <summary>
    /// ShellCheck's findings on the RUN scripts (<see cref="ShellCheck.ShellCheckAnalysis"/>), filtered and re-graded
    /// like every rule's. A semantic model that cannot be built (already reported as DF0001) gives none.
    /// </summary>
    private static void AddShellCheckFindings(List<Diagnostic> diagnostics, Lazy<DockerfileSemanticModel> model, ShellCheck.ShellCheckOptions shellCheck, CancellationToken cancellationToken)
    {
        DockerfileSemanticModel semanticModel;
        try
        {
            semanticModel = model.Value;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return;
        }

        diagnostics.AddRange(ShellCheck.ShellCheckAnalysis.Run(semanticModel, shellCheck, cancellationToken));
    }

    private static void AddReported(List<Diagnostic> target, List<Diagnostic>? source, AnalysisOptions options)
    {
        if (source is null)
        {
            return;
        }

        foreach (var diagnostic in source)
        {
            if (options.IsReported(diagnostic.Descriptor))
            {
                target.Add(diagnostic);
            }
        }
    }

    /// <summary>
    /// Whether the diagnostic filter would return the diagnostics unchanged: no configuration (or one without
    /// severities and diagnostics of its own) and no suppression in the file (or in the check settings of the options).
    /// Saves the filter for most files.
    /// </summary>
    private static bool NothingToFilter(Configuration.InlineSuppressions suppressions, Configuration.AnalysisConfiguration? configuration)
    {
        if (configuration != null && (!configuration.Severities.IsDefaultOrEmpty || !configuration.Diagnostics.IsDefaultOrEmpty))
        {
            return false;
        }

        return suppressions.Global.Count == 0 && suppressions.Local.Count == 0 && suppressions.CheckSkip.Count == 0 && !suppressions.CheckError;
    }

    /// <summary>Sorts by start, id, end, keeping the input order among equal keys (analyzer order, then position).</summary>
    // The implicit stage of the instructions before the first FROM (when there is one), then the stages.
    private static IEnumerable<DockerfileStage> StagesWithImplicit(DockerfileSemanticModel model) =>
        model.ImplicitStage is { } implicitStage ? new[] { implicitStage }.Concat(model.Stages) : model.Stages;

    private static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var items = diagnostics as IList<Diagnostic> ?? diagnostics.ToList();
        var keys = new DiagnosticOrder.Key[items.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var span = items[i].Location.SourceSpan;
            keys[i] = new DiagnosticOrder.Key(span.Start, items[i].Id, span.End, i);
        }

        Array.Sort(keys, default(DiagnosticOrder));
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(keys.Length);
        foreach (var key in keys)
        {
            builder.Add(items[key.Index]);
        }

        return builder.MoveToImmutable();
    }

    private static void Invoke(int count, bool parallel, Action<int> body, CancellationToken cancellationToken)
    {
        if (!parallel)
        {
            for (int i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
    }

    /// <summary>
    /// Runs the node, stage and file actions of every analyzer with one walk of the tree: node actions are
    /// dispatched by kind from a table. Each analyzer sees its actions in the same order as when it runs alone
    /// (nodes in document order, then stages, then the file); one that throws is recorded and skipped from then on.
    /// </summary>
    private static void RunSemanticActionsTogether(AnalyzerActions actions, Exception?[] failures, AnalyzerDiagnostics others, DockerfileSyntax root, Lazy<DockerfileSemanticModel> lazyModel, AnalysisOptions options, StagePlan? plan, CancellationToken cancellationToken)
    {
        var contexts = actions.Contexts;
        var withSemantic = actions.WithSemantic;
        bool any = false;
        foreach (int i in withSemantic)
        {
            any |= failures[i] is null;
        }

        if (!any)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        DockerfileSemanticModel model;
        try
        {
            model = lazyModel.Value;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            foreach (int i in withSemantic)
            {
                failures[i] ??= ex;
            }

            return;
        }

        int region = 0;
        plan?.MarkNodes(others, 0, 0);
        if (actions.HasNodeActions)
        {
            var table = actions.NodeTable;
            IEnumerable<SyntaxNode> nodes = actions.NodeActionsOnInstructionsOnly ? AllInstructions.Of(root) : root.DescendantNodes();
            foreach (var node in nodes)
            {
                var entries = table[(int)node.Kind];
                if (entries is null)
                {
                    continue;
                }

                if (plan != null)
                {
                    int r = plan.RegionOf(node.Position, region);
                    if (r != region)
                    {
                        plan.MarkNodes(others, region + 1, r);
                        region = r;
                    }
                }

                foreach (var (i, action) in entries)
                {
                    if (failures[i] != null || (plan != null && plan.Skips(i, region)))
                    {
                        continue;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    try
                    {
                        action(new SyntaxNodeAnalysisContext(node, model, options, others, i, cancellationToken));
                    }
                    catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                    {
                        failures[i] = ex;
                    }
                }
            }
        }

        plan?.MarkNodes(others, region + 1, plan.RegionCount);
        foreach (var stage in StagesWithImplicit(model))
        {
            foreach (int i in withSemantic)
            {
                if (plan != null && plan.IsStageLocal[i] && stage.Index >= 0)
                {
                    plan.MarkStage(others, i, stage.Index);
                }

                // The implicit stage before the first FROM (index -1) is never reused: its actions always run.
                if (failures[i] != null || (plan != null && stage.Index >= 0 && plan.Skips(i, stage.Index + 1)))
                {
                    continue;
                }

                var stageActions = contexts[i]!.StageActions;
                for (int k = 0; k < stageActions.Count && failures[i] == null; k++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    try
                    {
                        stageActions[k](new StageAnalysisContext(stage, model, options, others, i, cancellationToken));
                    }
                    catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                    {
                        failures[i] = ex;
                    }
                }
            }
        }

        foreach (int i in withSemantic)
        {
            if (plan != null && plan.IsStageLocal[i])
            {
                plan.MarkStage(others, i, model.Stages.Length);
            }

            if (failures[i] != null)
            {
                continue;
            }

            var fileActions = contexts[i]!.FileActions;
            for (int k = 0; k < fileActions.Count && failures[i] == null; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    fileActions[k](new DockerfileAnalysisContext(model, options, others, i, cancellationToken));
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    failures[i] = ex;
                }
            }
        }
    }

    private static void RunSemanticActions(AnalysisContext context, int analyzer, DockerfileSyntax root, DockerfileSemanticModel model, AnalysisOptions options, AnalyzerDiagnostics diagnostics, StagePlan? plan, CancellationToken cancellationToken)
    {
        if (plan != null && !plan.IsStageLocal[analyzer])
        {
            plan = null;
        }

        int region = 0;
        plan?.MarkNodes(diagnostics, analyzer, 0, 0);
        if (context.NodeActions.Count > 0)
        {
            var nodeActions = context.NodeActions;
            bool instructionsOnly = true;
            for (int k = 0; k < nodeActions.Count; k++)
            {
                foreach (var kind in nodeActions[k].Kinds)
                {
                    instructionsOnly &= SyntaxFacts.IsInstruction(kind);
                }
            }

            IEnumerable<SyntaxNode> nodes = instructionsOnly ? AllInstructions.Of(root) : root.DescendantNodes();
            foreach (var node in nodes)
            {
                if (plan != null)
                {
                    int r = plan.RegionOf(node.Position, region);
                    if (r != region)
                    {
                        plan.MarkNodes(diagnostics, analyzer, region + 1, r);
                        region = r;
                    }

                    if (plan.Skips(analyzer, region))
                    {
                        continue;
                    }
                }

                for (int k = 0; k < nodeActions.Count; k++)
                {
                    var (action, kinds) = nodeActions[k];
                    if (kinds.Contains(node.Kind))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        action(new SyntaxNodeAnalysisContext(node, model, options, diagnostics, analyzer, cancellationToken));
                    }
                }
            }
        }

        plan?.MarkNodes(diagnostics, analyzer, region + 1, plan.RegionCount);
        foreach (var stage in StagesWithImplicit(model))
        {
            if (plan != null && stage.Index >= 0)
            {
                plan.MarkStage(diagnostics, analyzer, stage.Index);
                if (plan.Skips(analyzer, stage.Index + 1))
                {
                    continue;
                }
            }

            foreach (var action in context.StageActions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                action(new StageAnalysisContext(stage, model, options, diagnostics, analyzer, cancellationToken));
            }
        }

        plan?.MarkStage(diagnostics, analyzer, model.Stages.Length);
        foreach (var action in context.FileActions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            action(new DockerfileAnalysisContext(model, options, diagnostics, analyzer, cancellationToken));
        }
    }

    /// <summary>
    /// Runs the local actions of every analyzer over each top-level child of the root (parser directives and
    /// instructions), taking an instruction's results from the cache when its green node was analysed before.
    /// Large files are split into chunks of instructions processed in parallel; the results of each analyzer are
    /// concatenated in chunk order. An analyzer that throws is recorded in <paramref name="failures"/> and skipped.
    /// </summary>
    private static List<Diagnostic>?[]? RunLocalActions(ImmutableArray<DockerfileAnalyzer> analyzers, AnalyzerActions actions, Exception?[] failures, DockerfileSyntaxTree tree, DockerfileSyntax root, AnalyzerCache? cache, bool parallel, CancellationToken cancellationToken)
    {
        int count = analyzers.Length;
        var withLocal = actions.WithLocal;
        if (withLocal.Length == 0)
        {
            return null;
        }

        var contexts = actions.Contexts;
        var result = new List<Diagnostic>[count];
        var rootGreen = root.Green;

        for (int a = 0; a < count; a++)
        {
            result[a] = new List<Diagnostic>();
        }

        // Local actions on the root itself run every time (the root changes with every edit), on a detached root.
        foreach (int a in withLocal)
        {
            var localActions = contexts[a]!.LocalActions;
            if (localActions.Any(x => x.Kinds.Contains(SyntaxKind.Dockerfile)))
            {
                try
                {
                    var detachedRoot = SyntaxNodeFactory.CreateRed(rootGreen, null, 0);
                    foreach (var d in RunLocal(detachedRoot, localActions, SyntaxKind.Dockerfile, cancellationToken))
                    {
                        result[a].Add(Diagnostic.Create(d.Descriptor, tree.GetLocation(d.Span), d.MessageArgs));
                    }
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    Interlocked.CompareExchange(ref failures[a], ex, null);
                }
            }
        }

        int slots = rootGreen.SlotCount;
        var starts = new int[slots + 1];
        starts[0] = root.Position;
        for (int i = 0; i < slots; i++)
        {
            starts[i + 1] = starts[i] + rootGreen.GetSlot(i).FullWidth;
        }

        var lines = tree.GetText().Lines;
        int textLength = tree.Length;
        string path = tree.FilePath ?? string.Empty;

        // Pass 1, sequential and cheap: take the diagnostics of nodes analysed before at the same place.
        var bySlot = new Diagnostic[]?[slots][];
        var misses = new List<int>();
        for (int i = 0; i < slots; i++)
        {
            if (rootGreen.GetSlot(i) is not GreenInner inner)
            {
                continue;
            }

            if (cache != null && cache.TryGetMaterialized(inner, analyzers, withLocal, path, starts[i], lines, out var reused))
            {
                bySlot[i] = reused;
            }
            else
            {
                misses.Add(i);
            }
        }

        // Pass 2: the other nodes, in parallel chunks when there are many of them.
        int chunkCount = parallel && misses.Count >= ParallelThreshold ? Math.Min(misses.Count, Environment.ProcessorCount * 4) : 1;
        int chunkSize = (misses.Count + chunkCount - 1) / Math.Max(1, chunkCount);

        // Most items have no diagnostics at all: they share one materialized result instead of an array each
        // (it is never written after it is made, and TryGetMaterialized only reads it).
        var nothingFound = new Diagnostic[]?[count];
        foreach (int a in withLocal)
        {
            nothingFound[a] = Array.Empty<Diagnostic>();
        }

        void RunChunk(int chunk)
        {
            var perAnalyzer = new CachedDiagnostic[]?[count];
            var scratch = new Diagnostic[]?[count];
            int end = Math.Min(misses.Count, (chunk + 1) * chunkSize);
            for (int m = chunk * chunkSize; m < end; m++)
            {
                int i = misses[m];
                var inner = (GreenInner)rootGreen.GetSlot(i);
                cancellationToken.ThrowIfCancellationRequested();
                var made = scratch;
                Array.Clear(made, 0, count);
                bool complete = true;
                bool anyFound = false;
                Array.Clear(perAnalyzer, 0, count);
                bool allCached = cache != null && cache.TryGetAll(inner, analyzers, withLocal, perAnalyzer);
                SyntaxNode? detached = null;
                foreach (int a in withLocal)
                {
                    if (Volatile.Read(ref failures[a]) != null)
                    {
                        complete = false;
                        continue;
                    }

                    var cached = perAnalyzer[a];
                    if (cached is null)
                    {
                        try
                        {
                            detached ??= SyntaxNodeFactory.CreateRed(inner, null, 0);
                            cached = RunLocal(detached, contexts[a]!.LocalActions, null, cancellationToken);
                        }
                        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                        {
                            Interlocked.CompareExchange(ref failures[a], ex, null);
                            complete = false;
                            continue;
                        }

                        perAnalyzer[a] = cached;
                    }

                    anyFound |= cached.Length > 0;
                    var diagnostics = cached.Length == 0 ? Array.Empty<Diagnostic>() : new Diagnostic[cached.Length];
                    for (int k = 0; k < cached.Length; k++)
                    {
                        var d = cached[k];
                        diagnostics[k] = Diagnostic.Create(d.Descriptor, tree.GetLocation(new TextSpan(starts[i] + d.Span.Start, d.Span.Length)), d.MessageArgs);
                    }

                    made[a] = diagnostics;
                }

                made = complete && !anyFound ? nothingFound : (Diagnostic[]?[])made.Clone();
                bySlot[i] = made;
                if (cache != null)
                {
                    if (!allCached)
                    {
                        cache.SetAll(inner, analyzers, withLocal, perAnalyzer);
                    }

                    cache.SetMaterialized(inner, analyzers, path, starts[i], lines.GetLinePosition(Math.Min(starts[i], textLength)), made);
                }
            }
        }

        Invoke(chunkCount, chunkCount > 1, RunChunk, cancellationToken);

        // Gather each analyzer's results in file order.
        foreach (int a in withLocal)
        {
            var list = result[a]!;
            foreach (var slot in bySlot)
            {
                if (slot?[a] is { Length: > 0 } found)
                {
                    list.AddRange(found);
                }
            }
        }

        return result;
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
