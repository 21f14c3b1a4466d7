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

    /// <summary>Whether a diagnostic with the given descriptor is reported: enabled by default, or listed in <see cref="EnabledRules"/>.</summary>
    internal bool IsReported(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) =>
        descriptor.IsEnabledByDefault || (EnabledRules != null && EnabledRules.Contains(descriptor.Id));

    internal ImmutableArray<DockerfileAnalyzer> EffectiveAnalyzers =>
        Analyzers.IsDefaultOrEmpty ? DockerfileAnalysis.BuiltInAnalyzers : Analyzers;
}
