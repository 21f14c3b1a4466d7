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

    /// <summary>Gets the path of the configuration file to apply, when one was given (for example by <c>dfa lint --config</c>).</summary>
    public string? ConfigurationPath { get; init; }

    /// <summary>
    /// Gets the ids of rules that are disabled by default (such as <c>DF5001</c>) to report anyway. Rules
    /// enabled by default are always reported; this set only turns opt-in rules on.
    /// </summary>
    public ImmutableHashSet<string> EnabledRules { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets the registries base images may come from (hadolint's <c>trustedRegistries</c>), such as
    /// <c>docker.io</c>, <c>*.gcr.io</c> or <c>registry.example.com*</c>. Empty (the default): every registry is trusted.
    /// </summary>
    public ImmutableArray<string> TrustedRegistries { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether a diagnostic with the given descriptor is reported: enabled by default, or listed (by id or by a hadolint/BuildKit equivalent) in <see cref="EnabledRules"/>.</summary>
    internal bool IsReported(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) =>
        descriptor.IsEnabledByDefault
        || (EnabledRules != null && EnabledRules.Count > 0
            && (EnabledRules.Contains(descriptor.Id) || System.Linq.Enumerable.Any(RuleCatalog.GetEquivalents(descriptor.Id), EnabledRules.Contains)));

    /// <summary>
    /// Gets the label schema, as hadolint's <c>label-schema</c>: label name to expected type (<c>text</c>, <c>url</c>,
    /// <c>semver</c>, <c>hash</c>, <c>rfc3339</c>, <c>spdx</c>, <c>email</c>). Empty (the default) turns the label-schema rules off.
    /// </summary>
    public ImmutableDictionary<string, string> LabelSchema { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets a value indicating whether labels missing from <see cref="LabelSchema"/> are reported (hadolint's <c>strict-labels</c>).</summary>
    public bool StrictLabels { get; init; }

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
