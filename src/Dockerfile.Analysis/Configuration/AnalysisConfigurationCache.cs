using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// Loads configurations like <see cref="AnalysisConfiguration.Load"/> and <see cref="AnalysisConfiguration.LoadFile"/>,
/// remembering which configuration files apply to each folder and each file's parsed content, so linting many
/// Dockerfiles reads and parses every <c>.editorconfig</c> and <c>.hadolint.yaml</c> once. Thread-safe.
/// </summary>
/// <remarks>
/// The cache does not watch the files: use one instance per run, or call <see cref="Invalidate"/> when a
/// configuration file is created, edited or deleted (an editor's file watcher does).
/// </remarks>
public sealed class AnalysisConfigurationCache
{
    private static readonly string[] HadolintNames = { ".hadolint.yaml", ".hadolint.yml" };

    private readonly ConcurrentDictionary<string, Lazy<(string? Hadolint, ImmutableArray<string> EditorConfigs)>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<(AnalysisConfiguration? Fixed, EditorConfigFile? EditorConfig)>> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// Finds and reads the configuration of a Dockerfile: the nearest <c>.hadolint.yaml</c> (or <c>.yml</c>) in its
    /// folder or above, then every <c>.editorconfig</c> from its folder upward to the first with <c>root = true</c>
    /// (applied from the outermost to the nearest, so nearer files win).
    /// </summary>
    /// <param name="dockerfilePath">The Dockerfile's path (it need not exist; standard input can use <c>./Dockerfile</c>).</param>
    /// <returns>The configuration; never throws.</returns>
    public AnalysisConfiguration Load(string dockerfilePath)
    {
        string full;
        try
        {
            full = Path.GetFullPath(dockerfilePath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return AnalysisConfiguration.Empty;
        }

        string? directory = Path.GetDirectoryName(full);
        if (directory is null)
        {
            return AnalysisConfiguration.Empty;
        }

        var (hadolint, editorConfigs) = _folders.GetOrAdd(directory, d => new(() => FindFiles(d))).Value;
        var result = AnalysisConfiguration.Empty;
        if (hadolint != null)
        {
            result = result.Merge(LoadFile(hadolint, full));
        }

        for (int i = editorConfigs.Length - 1; i >= 0; i--)
        {
            result = result.Merge(LoadFile(editorConfigs[i], full));
        }

        return result;
    }

    /// <summary>
    /// Reads one configuration file (<c>--config</c>): hadolint YAML when its name ends with <c>.yaml</c> or
    /// <c>.yml</c>, an <c>.editorconfig</c> otherwise.
    /// </summary>
    /// <param name="path">The configuration file.</param>
    /// <param name="dockerfilePath">The Dockerfile the settings are for (editorconfig sections are matched against it); <see langword="null"/> applies every section whose glob matches <c>Dockerfile</c>.</param>
    /// <returns>The configuration; never throws.</returns>
    public AnalysisConfiguration LoadFile(string path, string? dockerfilePath = null)
    {
        var (fixedConfiguration, editorConfig) = Read(path);
        return fixedConfiguration ?? AnalysisConfiguration.FromEditorConfig(editorConfig!, AnalysisConfiguration.RelativePath(path, dockerfilePath));
    }

    /// <summary>
    /// Forgets what a changed configuration file affects: its parsed content, and which configuration files apply
    /// to its folder and every folder below it (a file that was created or deleted changes that list). Given a
    /// folder, forgets every file under it as well. The next
    /// <see cref="Load"/> or <see cref="LoadFile"/> reads the files again.
    /// </summary>
    /// <param name="path">The file (or folder) that was created, changed or deleted.</param>
    /// <returns><see langword="true"/> when something was forgotten.</returns>
    public bool Invalidate(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return false;
        }

        bool forgot = false;
        foreach (string key in _files.Keys)
        {
            if (IsAtOrBelow(key, full))
            {
                forgot |= _files.TryRemove(key, out _);
            }
        }

        string? folder = Path.GetDirectoryName(full);
        if (folder is null)
        {
            return forgot;
        }

        foreach (string key in _folders.Keys)
        {
            if (IsAtOrBelow(key, folder))
            {
                forgot |= _folders.TryRemove(key, out _);
            }
        }

        return forgot;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (full paths).</summary>
    internal static bool IsAtOrBelow(string path, string folder)
    {
        if (!path.StartsWith(folder, StringComparison.Ordinal))
        {
            return false;
        }

        return path.Length == folder.Length
            || folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            || path[folder.Length] == Path.DirectorySeparatorChar
            || path[folder.Length] == Path.AltDirectorySeparatorChar;
    }

    private (AnalysisConfiguration? Fixed, EditorConfigFile? EditorConfig) Read(string path)
    {
        string key;
        try
        {
            key = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return AnalysisConfiguration.ReadFile(path);
        }

        return _files.GetOrAdd(key, _ => new(() => AnalysisConfiguration.ReadFile(path))).Value;
    }

    private (string? Hadolint, ImmutableArray<string> EditorConfigs) FindFiles(string directory)
    {
        string? hadolint = null;
        for (string? d = directory; d != null && hadolint is null; d = Path.GetDirectoryName(d))
        {
            hadolint = HadolintNames.Select(n => Path.Combine(d, n)).FirstOrDefault(File.Exists);
        }

        var editorConfigs = ImmutableArray.CreateBuilder<string>();
        for (string? d = directory; d != null; d = Path.GetDirectoryName(d))
        {
            string candidate = Path.Combine(d, ".editorconfig");
            if (File.Exists(candidate))
            {
                editorConfigs.Add(candidate);
                if (Read(candidate).EditorConfig is { IsRoot: true })
                {
                    break;
                }
            }
        }

        return (hadolint, editorConfigs.ToImmutable());
    }
}
