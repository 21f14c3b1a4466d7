using System.Collections.Immutable;
using Dockerfile.Analysis.Configuration;
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

    /// <summary>Gets the name or index of the target stage (<c>--target</c>); <see langword="null"/> means the last stage.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the <c>--build-arg</c> values the semantic model uses instead of ARG defaults.</summary>
    public ImmutableDictionary<string, string> BuildArguments { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Gets the configuration (severity overrides, disabled rules, trusted registries ...) applied to the results,
    /// or <see langword="null"/> for none. Suppression comments in the Dockerfile apply either way.
    /// </summary>
    public AnalysisConfiguration? Configuration { get; init; }

    /// <summary>
    /// Gets the cache of local node-action results; <see cref="AnalyzerCache.Shared"/> by default,
    /// <see langword="null"/> to run every action every time.
    /// </summary>
    public AnalyzerCache? Cache { get; init; } = AnalyzerCache.Shared;

    /// <summary>Gets a value indicating whether analyzers may run in parallel on large files (default <see langword="true"/>).</summary>
    public bool AllowParallel { get; init; } = true;

    internal ImmutableArray<DockerfileAnalyzer> EffectiveAnalyzers =>
        Analyzers.IsDefaultOrEmpty ? DockerfileAnalysis.BuiltInAnalyzers : Analyzers;
}
