using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis;

/// <summary>Collects the actions an analyzer registers in <see cref="DockerfileAnalyzer.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    private readonly List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _nodeActions = new();
    private readonly List<(Action<LocalSyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _localActions = new();
    private readonly List<Action<StageAnalysisContext>> _stageActions = new();
    private readonly List<Action<DockerfileAnalysisContext>> _fileActions = new();

    internal AnalysisContext()
    {
    }

    internal IReadOnlyList<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions => _nodeActions;

    internal IReadOnlyList<(Action<LocalSyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> LocalActions => _localActions;

    internal IReadOnlyList<Action<StageAnalysisContext>> StageActions => _stageActions;

    internal IReadOnlyList<Action<DockerfileAnalysisContext>> FileActions => _fileActions;

    /// <summary>Gets a value indicating whether node, stage or file actions were registered (those that need the semantic model).</summary>
    internal bool HasSemanticActions => _nodeActions.Count > 0 || _stageActions.Count > 0 || _fileActions.Count > 0;

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

        _nodeActions.Add((action, kinds.ToImmutableArray()));
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

        _localActions.Add((action, kinds.ToImmutableArray()));
    }

    /// <summary>Registers an action run once per build stage.</summary>
    /// <param name="action">The action.</param>
    public void RegisterStageAction(Action<StageAnalysisContext> action) =>
        _stageActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Registers an action run once for the whole Dockerfile.</summary>
    /// <param name="action">The action.</param>
    public void RegisterDockerfileAction(Action<DockerfileAnalysisContext> action) =>
        _fileActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
