using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dockerfile.Analyzers;

/// <summary>
/// The item metadata that build/Dockerfile.Analyzers.targets writes on the AdditionalFiles it adds, as the compiler
/// shows it to analyzers (<c>CompilerVisibleItemMetadata</c>), and what a file is when it has none.
/// </summary>
internal static class AdditionalFileMetadata
{
    /// <summary>The key of the <c>DockerfileAnalysisKind</c> metadata: <c>Dockerfile</c>, <c>ContextList</c>, <c>ContextFile</c> or <c>Configuration</c>.</summary>
    public const string KindKey = "build_metadata.AdditionalFiles.DockerfileAnalysisKind";

    /// <summary>The key of the <c>DockerfileAnalysisContext</c> metadata: the full path of the build context's folder.</summary>
    public const string ContextKey = "build_metadata.AdditionalFiles.DockerfileAnalysisContext";

    /// <summary>Classifies an additional file by its metadata, else by its name (a Dockerfile, a configuration file or an ignore file added by hand).</summary>
    public static AdditionalFileKind GetKind(AdditionalText file, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(KindKey, out string? value) && !string.IsNullOrEmpty(value))
        {
            return value.Trim().ToUpperInvariant() switch
            {
                "DOCKERFILE" => AdditionalFileKind.Dockerfile,
                "CONTEXTLIST" => AdditionalFileKind.ContextList,
                "CONTEXTFILE" => AdditionalFileKind.ContextFile,
                "CONFIGURATION" => AdditionalFileKind.Configuration,
                _ => AdditionalFileKind.None,
            };
        }

        string name = FileName(file.Path);
        if (name.EndsWith(".dockerignore", StringComparison.Ordinal))
        {
            return AdditionalFileKind.ContextFile;
        }

        if (name == ".editorconfig" || name == ".hadolint.yaml" || name == ".hadolint.yml")
        {
            return AdditionalFileKind.Configuration;
        }

        return IsDockerfileName(name) ? AdditionalFileKind.Dockerfile : AdditionalFileKind.None;
    }

    /// <summary>Whether a file name is one the targets add by default: <c>Dockerfile</c>, <c>*.Dockerfile</c>, <c>Dockerfile.*</c>, <c>Containerfile</c>.</summary>
    public static bool IsDockerfileName(string name) =>
        name == "Dockerfile" || name == "Containerfile"
        || (name.EndsWith(".Dockerfile", StringComparison.Ordinal) && name.Length > ".Dockerfile".Length)
        || (name.StartsWith("Dockerfile.", StringComparison.Ordinal) && name.Length > "Dockerfile.".Length);

    /// <summary>A path with <c>/</c> separators.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary>A folder's path with <c>/</c> separators and one trailing <c>/</c>.</summary>
    public static string NormalizeFolder(string folder) => Normalize(folder).TrimEnd('/') + "/";

    /// <summary>The folder of a file, with <c>/</c> separators and a trailing <c>/</c>.</summary>
    public static string FolderOf(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash + 1);
    }

    /// <summary>The file name of a path (after the last separator).</summary>
    public static string FileName(string path)
    {
        string normalized = Normalize(path);
        return normalized.Substring(normalized.LastIndexOf('/') + 1);
    }
}
