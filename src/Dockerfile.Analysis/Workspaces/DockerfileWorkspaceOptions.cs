using System.Collections.Immutable;

namespace Dockerfile.Analysis.Workspaces;

/// <summary>Settings of a <see cref="DockerfileWorkspace"/>, fixed for its lifetime.</summary>
public sealed class DockerfileWorkspaceOptions
{
    /// <summary>Gets the default settings: configuration found from each Dockerfile's folder, each Dockerfile's folder as its build context, every built-in analyzer.</summary>
    public static DockerfileWorkspaceOptions Default { get; } = new();

    /// <summary>
    /// Gets one configuration file (<c>dfa --config</c>: <c>.editorconfig</c> syntax, or hadolint YAML when it ends in
    /// <c>.yaml</c>/<c>.yml</c>) used for every Dockerfile instead of the files found upward from each Dockerfile's
    /// folder; <see langword="null"/> (the default) to search.
    /// </summary>
    public string? ConfigurationPath { get; init; }

    /// <summary>Gets the build context folder of every Dockerfile (<c>dfa --context</c>); <see langword="null"/> (the default) for each Dockerfile's folder.</summary>
    public string? ContextDirectory { get; init; }

    /// <summary>
    /// Gets the folder in which a document without a path (standard input, an unsaved buffer loaded from bytes) is
    /// taken to be a <c>Dockerfile</c> for its configuration and build context; <see langword="null"/> (the default)
    /// for the current folder.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Gets the analyzers to run; empty (the default) for every built-in analyzer.</summary>
    public ImmutableArray<DockerfileAnalyzer> Analyzers { get; init; } = ImmutableArray<DockerfileAnalyzer>.Empty;

    /// <summary>
    /// Gets the analyzer cache every document of the workspace shares; <see langword="null"/> (the default) for a new
    /// cache owned by the workspace (<see cref="DockerfileWorkspace.AnalyzerCache"/>).
    /// </summary>
    public AnalyzerCache? AnalyzerCache { get; init; }

    /// <summary>Gets the <c>--build-arg</c> values every document is analysed with (<see cref="AnalysisOptions.BuildArguments"/>).</summary>
    public ImmutableDictionary<string, string> BuildArguments { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets BuildKit check settings applied instead of each file's <c># check=</c> directive (<see cref="AnalysisOptions.CheckSettings"/>); <see langword="null"/> for the file's.</summary>
    public string? CheckSettings { get; init; }

    /// <summary>Gets how ShellCheck runs on RUN scripts (<see cref="AnalysisOptions.ShellCheck"/>); <see langword="null"/> (the default) does not run it.</summary>
    public ShellCheck.ShellCheckOptions? ShellCheck { get; init; }

    /// <summary>Gets a value indicating whether the analysis may run in parallel on large files (default <see langword="true"/>).</summary>
    public bool AllowParallel { get; init; } = true;
}
