using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis;

/// <summary>Collects the actions an analyzer registers in <see cref="DockerfileAnalyzer.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    // Created on first registration: a context is made per analyzer and file, and most analyzers register one kind of action.
    private List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)>? _nodeActions;
    private List<(Action<LocalSyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)>? _localActions;
    private List<Action<StageAnalysisContext>>? _stageActions;
    private List<Action<DockerfileAnalysisContext>>? _fileActions;

    internal AnalysisContext()
    {
    }

    internal IReadOnlyList<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions =>
        (IReadOnlyList<(Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)>?)_nodeActions ?? Array.Empty<(Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)>();

    internal IReadOnlyList<(Action<LocalSyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> LocalActions =>
        (IReadOnlyList<(Action<LocalSyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)>?)_localActions ?? Array.Empty<(Action<LocalSyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>)>();

    internal IReadOnlyList<Action<StageAnalysisContext>> StageActions => (IReadOnlyList<Action<StageAnalysisContext>>?)_stageActions ?? Array.Empty<Action<StageAnalysisContext>>();

    internal IReadOnlyList<Action<DockerfileAnalysisContext>> FileActions => (IReadOnlyList<Action<DockerfileAnalysisContext>>?)_fileActions ?? Array.Empty<Action<DockerfileAnalysisContext>>();

    /// <summary>Gets what the analyzer declared its node and stage actions depend on.</summary>
    internal IncrementalAnalysisScope IncrementalScope { get; private set; }

    /// <summary>Gets a value indicating whether node, stage or file actions were registered (those that need the semantic model).</summary>
    internal bool HasSemanticActions => _nodeActions != null || _stageActions != null || _fileActions != null;

    /// <summary>Registers an action run on every node of one of the given kinds.</summary>
    /// <param name="action">The action.</param>
    /// <param name="kinds">The node kinds; at least one.</param>
    public void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds)
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        if (kinds is null || kinds.Length == 0)
        {
            throw new ArgumentException("At least one syntax kind is required.", nameof(kinds));
        }

        (_nodeActions ??= new(1)).Add((action, kinds.ToImmutableArray()));
    }

    /// <summary>
    /// Registers a local, cacheable action run on every node of one of the given kinds. The action sees the node
    /// alone (detached from its tree, starting at position 0) and nothing else: no semantic model, no options, no
    /// other node. Its results therefore depend only on the node's text, and the driver caches them per green node
    /// (see <see cref="AnalyzerCache"/>): re-analysing an edited tree only runs the action on changed instructions.
    /// Use <see cref="RegisterSyntaxNodeAction"/> for checks that need the stage, the variables or the options.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <param name="kinds">The node kinds; at least one.</param>
    public void RegisterLocalSyntaxNodeAction(Action<LocalSyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds)
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        if (kinds is null || kinds.Length == 0)
        {
            throw new ArgumentException("At least one syntax kind is required.", nameof(kinds));
        }

        (_localActions ??= new(1)).Add((action, kinds.ToImmutableArray()));
    }

    /// <summary>Registers an action run once per build stage.</summary>
    /// <param name="action">The action.</param>
    public void RegisterStageAction(Action<StageAnalysisContext> action) =>
        (_stageActions ??= new(1)).Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Registers an action run once for the whole Dockerfile.</summary>
    /// <param name="action">The action.</param>
    public void RegisterDockerfileAction(Action<DockerfileAnalysisContext> action) =>
        (_fileActions ??= new(1)).Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>
    /// Declares what the analyzer's node and stage actions depend on, so that the driver can reuse their results for
    /// the parts of an edited file that did not change (see <see cref="IncrementalAnalysisScope.Stage"/> for the
    /// contract). Without a call, every action runs on every analysis.
    /// </summary>
    /// <param name="scope">The scope.</param>
    public void ConfigureIncrementalAnalysis(IncrementalAnalysisScope scope) => IncrementalScope = scope;
}
