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

    /// <summary>
    /// Gets the label schema, as hadolint's <c>label-schema</c>: label name to expected type (<c>text</c>, <c>url</c>,
    /// <c>semver</c>, <c>hash</c>, <c>rfc3339</c>, <c>spdx</c>, <c>email</c>). Empty (the default) turns the label-schema rules off.
    /// </summary>
    public ImmutableDictionary<string, string> LabelSchema { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets a value indicating whether labels missing from <see cref="LabelSchema"/> are reported (hadolint's <c>strict-labels</c>).</summary>
    public bool StrictLabels { get; init; }

    /// <summary>Gets the ids of rules that are off by default and should run (rule ids or their hadolint/BuildKit equivalents).</summary>
    public ImmutableHashSet<string> EnabledRules { get; init; } = ImmutableHashSet<string>.Empty;

    internal ImmutableArray<DockerfileAnalyzer> EffectiveAnalyzers =>
        Analyzers.IsDefaultOrEmpty ? DockerfileAnalysis.BuiltInAnalyzers : Analyzers;
}
