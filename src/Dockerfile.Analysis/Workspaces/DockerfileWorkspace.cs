using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// The document model every front end shares (the CLI, the language server): loads Dockerfiles from disk, holds the
/// snapshots of open documents, and caches what documents share: the configuration found upward from each
/// Dockerfile (<c>.editorconfig</c>, <c>.hadolint.yaml</c>), the build context of each folder (its
/// <c>.dockerignore</c> applied), and one <see cref="Analysis.AnalyzerCache"/>. Thread-safe.
/// </summary>
/// <remarks>
/// The workspace does not watch the disk: a front end that does calls <see cref="OnFileChanged"/>, which forgets
/// what the file affects and returns new snapshots of the open documents it affects.
/// </remarks>
public sealed class DockerfileWorkspace
{
    private static readonly string[] ConfigurationNames = { ".editorconfig", ".hadolint.yaml", ".hadolint.yml" };

    private readonly AnalysisConfigurationCache _configurationFiles = new();
    private readonly ConcurrentDictionary<string, AnalysisConfiguration> _configurations = new(PathComparer);
    private readonly BuildContextCache _contexts = new();
    private readonly Dictionary<string, DockerfileDocument> _documents = new(PathComparer);
    private readonly object _gate = new();
    private readonly AnalysisOptions _baseOptions;
    private readonly string? _configurationPath;
    private readonly string? _contextDirectory;

    /// <summary>Creates a workspace.</summary>
    /// <param name="options">The settings; <see langword="null"/> for <see cref="DockerfileWorkspaceOptions.Default"/>.</param>
    public DockerfileWorkspace(DockerfileWorkspaceOptions? options = null)
    {
        Options = options ?? DockerfileWorkspaceOptions.Default;
        AnalyzerCache = Options.AnalyzerCache ?? new AnalyzerCache();
        _baseOptions = new AnalysisOptions
        {
            Analyzers = Options.Analyzers.IsDefault ? System.Collections.Immutable.ImmutableArray<DockerfileAnalyzer>.Empty : Options.Analyzers,
            Cache = AnalyzerCache,
            AllowParallel = Options.AllowParallel,
            BuildArguments = Options.BuildArguments ?? System.Collections.Immutable.ImmutableDictionary<string, string>.Empty,
            CheckSettings = Options.CheckSettings,
            ShellCheck = Options.ShellCheck,
        };
        _configurationPath = Options.ConfigurationPath is { } config ? FullPathOf(config) : null;
        _contextDirectory = Options.ContextDirectory is { } context ? FullPathOf(context) : null;
    }

    /// <summary>Gets the settings.</summary>
    public DockerfileWorkspaceOptions Options { get; }

    /// <summary>Gets the analyzer cache every document of the workspace shares.</summary>
    public AnalyzerCache AnalyzerCache { get; }

    /// <summary>Gets the snapshots of the open documents, in no particular order.</summary>
    public IReadOnlyList<DockerfileDocument> Documents
    {
        get
        {
            lock (_gate)
            {
                return _documents.Values.ToList();
            }
        }
    }

    private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// Checks <see cref="DockerfileWorkspaceOptions.ConfigurationPath"/> before any Dockerfile is loaded: a missing
    /// file, a folder, or a file that cannot be used at all (unreadable, malformed YAML) is an error; bad values inside
    /// a readable file are not (they are <c>DF0002</c> diagnostics of the documents).
    /// </summary>
    /// <returns>The error, or <see langword="null"/> when there is no configuration path or it is usable.</returns>
    public DocumentLoadError? CheckConfigurationPath()
    {
        string? path = Options.ConfigurationPath;
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            return new DocumentLoadError(path, Directory.Exists(path) ? "the configuration is a folder, not a file" : "no such configuration file");
        }

        var unusable = _configurationFiles.LoadFile(path).Diagnostics.FirstOrDefault(ConfigurationDiagnostics.IsUnusableFile);
        if (unusable is null)
        {
            return null;
        }

        var start = unusable.Location.GetLineSpan().StartLinePosition;
        return new DocumentLoadError(path, ConfigurationDiagnostics.GetMessageText(unusable), start.Line + 1, start.Character + 1);
    }

    /// <summary>
    /// Reads a Dockerfile from disk and makes its snapshot, with the configuration and build context that apply to
    /// it. The document is not opened (<see cref="Documents"/> does not hold it). Never throws for bad input: a file
    /// that cannot be read or is not UTF-8 text gives <see cref="DocumentLoadResult.Error"/>.
    /// </summary>
    /// <param name="path">The file (relative paths are resolved against the current folder).</param>
    /// <param name="mode"><see cref="DocumentLoadMode.ForWriting"/> to keep a <see cref="FileSnapshot"/> for a safe write back.</param>
    /// <returns>The document or the error; errors name <paramref name="path"/> as given.</returns>
    public DocumentLoadResult LoadDocument(string path, DocumentLoadMode mode = DocumentLoadMode.Read)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        byte[] bytes;
        FileSnapshot? snapshot = null;
        try
        {
            if (mode == DocumentLoadMode.ForWriting)
            {
                snapshot = FileSnapshot.Read(path, out bytes);
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return new DocumentLoadResult(null, new DocumentLoadError(path, ex.Message));
        }

        var result = LoadDocument(bytes, path, path);
        return snapshot is null || result.Document is null ? result : new DocumentLoadResult(result.Document, null, snapshot);
    }

    /// <summary>
    /// Decodes bytes read by the caller (standard input, a network buffer) and makes their snapshot. Never throws for
    /// bad input. The document is not opened.
    /// </summary>
    /// <param name="bytes">The bytes (strict UTF-8, see <see cref="DockerfileText"/>).</param>
    /// <param name="filePath">
    /// The Dockerfile's path, whose configuration and build context apply; <see langword="null"/> for none (the
    /// document's <see cref="DockerfileDocument.FilePath"/> is null, and it takes the configuration and context of a
    /// <c>Dockerfile</c> in <see cref="DockerfileWorkspaceOptions.WorkingDirectory"/>, as standard input does).
    /// </param>
    /// <param name="errorPath">The name errors give the source; <see langword="null"/> for <paramref name="filePath"/> (or empty).</param>
    /// <returns>The document or the error.</returns>
    public DocumentLoadResult LoadDocument(byte[] bytes, string? filePath, string? errorPath = null)
    {
        var text = DockerfileText.Decode(bytes, errorPath ?? filePath ?? string.Empty, out var error);
        if (text is null)
        {
            return new DocumentLoadResult(null, error);
        }

        return new DocumentLoadResult(CreateDocument(text, filePath), null);
    }

    /// <summary>
    /// Opens an editor buffer: makes its snapshot, with the configuration and build context found for
    /// <paramref name="filePath"/>, and holds it as the document's current snapshot (replacing one already open).
    /// </summary>
    /// <param name="filePath">The Dockerfile's path (need not exist on disk).</param>
    /// <param name="text">The buffer's text.</param>
    /// <returns>The snapshot.</returns>
    public DockerfileDocument OpenDocument(string filePath, SourceText text)
    {
        if (filePath is null)
        {
            throw new ArgumentNullException(nameof(filePath));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var document = CreateDocument(text, filePath);
        lock (_gate)
        {
            _documents[document.FilePath!] = document;
        }

        return document;
    }

    /// <summary>
    /// Replaces an open document's text: <see cref="DockerfileDocument.WithText"/> on its current snapshot
    /// (incremental reparse, shared analyzer cache). A document that is not open is opened.
    /// </summary>
    /// <param name="filePath">The Dockerfile's path.</param>
    /// <param name="newText">The new text.</param>
    /// <returns>The new snapshot.</returns>
    public DockerfileDocument UpdateDocument(string filePath, SourceText newText)
    {
        if (filePath is null)
        {
            throw new ArgumentNullException(nameof(filePath));
        }

        if (newText is null)
        {
            throw new ArgumentNullException(nameof(newText));
        }

        string key = FullPathOf(filePath);
        lock (_gate)
        {
            if (!_documents.TryGetValue(key, out var current))
            {
                current = null;
            }

            var next = current is null ? CreateDocument(newText, key) : current.WithText(newText);
            _documents[key] = next;
            return next;
        }
    }

    /// <summary>Gets the current snapshot of an open document.</summary>
    /// <param name="filePath">The Dockerfile's path.</param>
    /// <returns>The snapshot, or <see langword="null"/> when the document is not open.</returns>
    public DockerfileDocument? GetDocument(string filePath)
    {
        if (filePath is null)
        {
            throw new ArgumentNullException(nameof(filePath));
        }

        lock (_gate)
        {
            return _documents.TryGetValue(FullPathOf(filePath), out var document) ? document : null;
        }
    }

    /// <summary>Closes a document: the workspace stops holding its snapshot (snapshots already handed out stay valid).</summary>
    /// <param name="filePath">The Dockerfile's path.</param>
    /// <returns>Whether the document was open.</returns>
    public bool CloseDocument(string filePath)
    {
        if (filePath is null)
        {
            throw new ArgumentNullException(nameof(filePath));
        }

        lock (_gate)
        {
            return _documents.Remove(FullPathOf(filePath));
        }
    }

    /// <summary>
    /// Tells the workspace that a file was created, changed or deleted. A configuration file (<c>.editorconfig</c>,
    /// <c>.hadolint.yaml</c>/<c>.yml</c>, the <see cref="DockerfileWorkspaceOptions.ConfigurationPath"/> file) drops
    /// the configuration of the Dockerfiles in its folder and below; any other file (a <c>.dockerignore</c>, a
    /// <c>&lt;Dockerfile&gt;.dockerignore</c>, a file COPY reads) drops the build contexts it belongs to. The open
    /// documents whose configuration or build context is then different get new snapshots (same text and tree).
    /// A folder that exists is taken as holding configuration files too; a deleted folder cannot be told from a
    /// deleted file, so report the configuration files it held one by one.
    /// </summary>
    /// <param name="path">The file that changed.</param>
    /// <returns>The new snapshots of the affected open documents only (empty when none is affected); they are now the documents' current snapshots.</returns>
    public IReadOnlyList<DockerfileDocument> OnFileChanged(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        string full = FullPathOf(path);
        string name = Path.GetFileName(full);
        // A folder (created, renamed) may hold configuration files of its own: treat it as one.
        bool isConfiguration = ConfigurationNames.Contains(name, PathComparer)
            || (_configurationPath != null && PathComparer.Equals(full, _configurationPath))
            || Directory.Exists(full);
        if (isConfiguration)
        {
            _configurationFiles.Invalidate(full);
            string? folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
            bool all = _configurationPath != null;
            foreach (string dockerfile in _configurations.Keys)
            {
                if (all || (folder != null && AnalysisConfigurationCache.IsAtOrBelow(dockerfile, folder)))
                {
                    _configurations.TryRemove(dockerfile, out _);
                }
            }
        }

        _contexts.Invalidate(full);

        var changed = new List<DockerfileDocument>();
        lock (_gate)
        {
            foreach (var document in _documents.Values.ToList())
            {
                var next = document.With(GetConfiguration(document.FilePath!), GetBuildContext(document.FilePath!));
                if (!ReferenceEquals(next, document))
                {
                    _documents[document.FilePath!] = next;
                    changed.Add(next);
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// Gets the configuration of a Dockerfile: the <see cref="DockerfileWorkspaceOptions.ConfigurationPath"/> file,
    /// or the nearest <c>.hadolint.yaml</c> and the <c>.editorconfig</c> files found upward from its folder. Read
    /// once per Dockerfile until <see cref="OnFileChanged"/> drops it; its problems are <c>DF0002</c> diagnostics.
    /// </summary>
    /// <param name="dockerfilePath">The Dockerfile's path (need not exist).</param>
    /// <returns>The configuration; never throws for bad files.</returns>
    public AnalysisConfiguration GetConfiguration(string dockerfilePath)
    {
        if (dockerfilePath is null)
        {
            throw new ArgumentNullException(nameof(dockerfilePath));
        }

        string full = FullPathOf(dockerfilePath);
        return _configurations.GetOrAdd(full, f => Options.ConfigurationPath != null ? _configurationFiles.LoadFile(Options.ConfigurationPath, f) : _configurationFiles.Load(f));
    }

    /// <summary>
    /// Gets the build context of a Dockerfile: <see cref="DockerfileWorkspaceOptions.ContextDirectory"/>, or the
    /// Dockerfile's folder, with <c>&lt;Dockerfile&gt;.dockerignore</c> or the root's <c>.dockerignore</c> applied.
    /// Each folder is read once until <see cref="OnFileChanged"/> drops it.
    /// </summary>
    /// <param name="dockerfilePath">The Dockerfile's path (need not exist).</param>
    /// <returns>The context, or <see langword="null"/> when the path has no folder.</returns>
    public BuildContext? GetBuildContext(string dockerfilePath)
    {
        if (dockerfilePath is null)
        {
            throw new ArgumentNullException(nameof(dockerfilePath));
        }

        string full = FullPathOf(dockerfilePath);
        string? root = _contextDirectory ?? Path.GetDirectoryName(full);
        return root is null ? null : _contexts.Get(root, full);
    }

    /// <summary>A path made full; a path that cannot be (invalid characters) is kept as it is.</summary>
    internal static string FullPathOf(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return path;
        }
    }

    private DockerfileDocument CreateDocument(SourceText text, string? filePath)
    {
        string resolveAs = filePath ?? Path.Combine(Options.WorkingDirectory ?? Directory.GetCurrentDirectory(), "Dockerfile");
        return DockerfileDocument.Create(text, filePath, GetConfiguration(resolveAs), GetBuildContext(resolveAs), _baseOptions);
    }
}
