namespace Dockerfile.Analyzers;

/// <summary>What an additional file is to the analysis (the <c>DockerfileAnalysisKind</c> metadata the targets write).</summary>
internal enum AdditionalFileKind
{
    /// <summary>Not ours: some other analyzer's additional file.</summary>
    None,

    /// <summary>A Dockerfile to analyze.</summary>
    Dockerfile,

    /// <summary>The list of a build context's files, one path relative to the context root a line.</summary>
    ContextList,

    /// <summary>A file of a build context whose text rules read: a manifest, a <c>.dockerignore</c>.</summary>
    ContextFile,

    /// <summary>A configuration file: <c>.editorconfig</c>, <c>.hadolint.yaml</c> or <c>.hadolint.yml</c>.</summary>
    Configuration,
}
