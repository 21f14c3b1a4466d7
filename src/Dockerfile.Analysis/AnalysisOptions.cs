using System.Collections.Immutable;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Analysis;

/// <summary>Options of an analysis run.</summary>
public sealed class AnalysisOptions
{
    /// <summary>Gets the default options: every built-in analyzer, no build context.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Gets the analyzers to run; empty (the default) means every built-in analyzer.</summary>
    public ImmutableArray<DockerfileAnalyzer> Analyzers { get; init; } = ImmutableArray<DockerfileAnalyzer>.Empty;

    /// <summary>Gets the build context the Dockerfile is built with, when known; rules use it to check which files exist.</summary>
    public BuildContext? BuildContext { get; init; }

    /// <summary>Gets the path of the configuration file to apply, when one was given (for example by <c>dfa lint --config</c>).</summary>
    public string? ConfigurationPath { get; init; }

    internal ImmutableArray<DockerfileAnalyzer> EffectiveAnalyzers =>
        Analyzers.IsDefaultOrEmpty ? DockerfileAnalysis.BuiltInAnalyzers : Analyzers;
}
