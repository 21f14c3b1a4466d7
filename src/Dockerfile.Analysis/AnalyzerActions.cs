using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis;

/// <summary>
/// The registered actions of the analyzers of an analysis run, and the table that dispatches node actions by kind.
/// </summary>
/// <remarks>
/// The analyzers of this assembly (the built-in rules) keep no per-file state in <see cref="DockerfileAnalyzer.Initialize"/>:
/// each is initialized once per instance, as Roslyn does, and its actions are reused for every file. Other
/// analyzers are initialized for every run, as <see cref="DockerfileAnalyzer.Initialize"/> documents. When every
/// analyzer of the options is built in, the whole set (which analyzers run, their actions, the dispatch table)
/// is kept per <see cref="AnalysisOptions"/> instance; options are immutable.
/// </remarks>
internal sealed class AnalyzerActions
{
    private static readonly ConditionalWeakTable<DockerfileAnalyzer, Registration> s_registrations = new();
    private static readonly ConditionalWeakTable<AnalysisOptions, AnalyzerActions> s_byOptions = new();
#if NET
    private static readonly int s_nodeKindCount = Enum.GetValues<SyntaxKind>().Max(k => (int)k) + 1;
#else
    private static readonly int s_nodeKindCount = Enum.GetValues(typeof(SyntaxKind)).Cast<SyntaxKind>().Max(k => (int)k) + 1;
#endif

    private Configuration.RuleIdResolver? _ruleIdResolver;

    private AnalyzerActions(AnalysisContext?[] contexts, Exception?[] failures)
    {
        Contexts = contexts;
        Failures = failures;
        var withLocal = new List<int>();
        var withSemantic = new List<int>();
        var table = new List<(int Analyzer, Action<SyntaxNodeAnalysisContext> Action)>?[s_nodeKindCount];
        for (int i = 0; i < contexts.Length; i++)
        {
            var context = contexts[i];
            if (context is null)
            {
                continue;
            }

            if (context.LocalActions.Count > 0)
            {
                withLocal.Add(i);
            }

            if (!context.HasSemanticActions)
            {
                continue;
            }

            withSemantic.Add(i);
            HasStageLocal |= context.IncrementalScope == IncrementalAnalysisScope.Stage;

            // kind -> (analyzer, action), in analyzer order then registration order.
            var nodeActions = context.NodeActions;
            for (int n = 0; n < nodeActions.Count; n++)
            {
                var (action, kinds) = nodeActions[n];
                for (int k = 0; k < kinds.Length; k++)
                {
                    var kind = kinds[k];
                    if ((int)kind < table.Length && kinds.IndexOf(kind) == k)
                    {
                        (table[(int)kind] ??= new()).Add((i, action));
                    }
                }
            }
        }

        WithLocal = withLocal.ToArray();
        WithSemantic = withSemantic.ToArray();
        NodeTable = new (int, Action<SyntaxNodeAnalysisContext>)[]?[table.Length];
        bool instructionsOnly = true;
        for (int k = 0; k < table.Length; k++)
        {
            if (table[k] is { } entries)
            {
                NodeTable[k] = entries.ToArray();
                HasNodeActions = true;
                instructionsOnly &= SyntaxFacts.IsInstruction((SyntaxKind)k);
            }
        }

        NodeActionsOnInstructionsOnly = instructionsOnly;
    }

    /// <summary>Gets the actions of each analyzer, by index; <see langword="null"/> when it does not run (all its rules are off) or its <c>Initialize</c> threw.</summary>
    public AnalysisContext?[] Contexts { get; }

    /// <summary>Gets the exception each analyzer's <c>Initialize</c> threw, by index.</summary>
    public Exception?[] Failures { get; }

    /// <summary>Gets the indexes of the analyzers with local node actions.</summary>
    public int[] WithLocal { get; }

    /// <summary>Gets the indexes of the analyzers with node, stage or file actions (those that need the semantic model).</summary>
    public int[] WithSemantic { get; }

    /// <summary>Gets, by node kind, the node actions to run on a node of that kind with their analyzer's index, in analyzer order then registration order.</summary>
    public (int Analyzer, Action<SyntaxNodeAnalysisContext> Action)[]?[] NodeTable { get; }

    /// <summary>
    /// Gets the resolver of rule ids (ours, hadolint's and BuildKit's) for the catalogue and these analyzers' rules: made
    /// once per instance, so once per options when every analyzer is built in.
    /// </summary>
    public Configuration.RuleIdResolver GetRuleIdResolver(ImmutableArray<DockerfileAnalyzer> analyzers)
    {
        var resolver = Volatile.Read(ref _ruleIdResolver);
        if (resolver is null)
        {
            resolver = new Configuration.RuleIdResolver(RuleCatalog.All.Concat(analyzers.SelectMany(a => a.Rules)));
            resolver = Interlocked.CompareExchange(ref _ruleIdResolver, resolver, null) ?? resolver;
        }

        return resolver;
    }

    /// <summary>Gets a value indicating whether an analyzer with semantic actions declared <see cref="IncrementalAnalysisScope.Stage"/>.</summary>
    public bool HasStageLocal { get; }

    /// <summary>Gets a value indicating whether any analyzer registered node actions.</summary>
    public bool HasNodeActions { get; }

    /// <summary>
    /// Gets a value indicating whether every node action is registered for instruction kinds only (as every built-in
    /// rule's is): then the driver visits the instructions instead of every node of the tree.
    /// </summary>
    public bool NodeActionsOnInstructionsOnly { get; }

    /// <summary>
    /// Gets the actions of the analyzers that run with the given options: an analyzer whose rules are all opt-in
    /// and turned off is not initialized. An analyzer whose <c>Initialize</c> throws gets the exception in <see cref="Failures"/>.
    /// </summary>
    public static AnalyzerActions For(AnalysisOptions options, CancellationToken cancellationToken)
    {
        if (s_byOptions.TryGetValue(options, out var cached))
        {
            return cached;
        }

        var analyzers = options.EffectiveAnalyzers;
        var contexts = new AnalysisContext?[analyzers.Length];
        var failures = new Exception?[analyzers.Length];
        bool reusable = true;
        for (int i = 0; i < analyzers.Length; i++)
        {
            var analyzer = analyzers[i];
            bool builtIn = IsBuiltIn(analyzer);
            reusable &= builtIn;
            if (!analyzer.SupportedDiagnostics.IsDefaultOrEmpty && !AnyReported(analyzer.SupportedDiagnostics, options))
            {
                // Every rule of the analyzer is opt-in and none was turned on.
                continue;
            }

            var registration = builtIn
                ? s_registrations.GetValue(analyzer, a => Initialize(a, cancellationToken))
                : Initialize(analyzer, cancellationToken);
            contexts[i] = registration.Context;
            failures[i] = registration.Failure;
        }

        var made = new AnalyzerActions(contexts, failures);
        return reusable ? s_byOptions.GetValue(options, _ => made) : made;
    }

    // The analyzers of this assembly register static methods and keep no state in Initialize.
    // The built-in list holds every analyzer type of this assembly (BuiltInListTests checks it); comparing types
    // avoids Type.Assembly, which costs a metadata lookup per type in a native build.
    private static readonly Lazy<HashSet<Type>> s_builtInTypes = new(() => new HashSet<Type>(DockerfileAnalysis.BuiltInAnalyzers.Select(a => a.GetType())));

    private static bool IsBuiltIn(DockerfileAnalyzer analyzer) => s_builtInTypes.Value.Contains(analyzer.GetType());

    private static Registration Initialize(DockerfileAnalyzer analyzer, CancellationToken cancellationToken)
    {
        try
        {
            var context = new AnalysisContext();
            analyzer.Initialize(context);
            return new Registration(context, null);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return new Registration(null, ex);
        }
    }

    private static bool AnyReported(ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> descriptors, AnalysisOptions options)
    {
        foreach (var descriptor in descriptors)
        {
            if (options.IsReported(descriptor))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Registration
    {
        public Registration(AnalysisContext? context, Exception? failure)
        {
            Context = context;
            Failure = failure;
        }

        public AnalysisContext? Context { get; }

        public Exception? Failure { get; }
    }
}
