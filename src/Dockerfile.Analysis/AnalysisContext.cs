using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis;

/// <summary>Collects the actions an analyzer registers in <see cref="DockerfileAnalyzer.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    private readonly List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _nodeActions = new();
    private readonly List<Action<StageAnalysisContext>> _stageActions = new();
    private readonly List<Action<DockerfileAnalysisContext>> _fileActions = new();

    internal AnalysisContext()
    {
    }

    internal IReadOnlyList<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions => _nodeActions;

    internal IReadOnlyList<Action<StageAnalysisContext>> StageActions => _stageActions;

    internal IReadOnlyList<Action<DockerfileAnalysisContext>> FileActions => _fileActions;

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

    /// <summary>Registers an action run once per build stage.</summary>
    /// <param name="action">The action.</param>
    public void RegisterStageAction(Action<StageAnalysisContext> action) =>
        _stageActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Registers an action run once for the whole Dockerfile.</summary>
    /// <param name="action">The action.</param>
    public void RegisterDockerfileAction(Action<DockerfileAnalysisContext> action) =>
        _fileActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
