using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Dockerfile.Analysis.Context
{
    /// <summary>
    /// The files a build can see: a directory (or an in-memory file list) together with the
    /// <c>.dockerignore</c> rules that BuildKit applies to it, plus the resolution of COPY/ADD sources.
    /// </summary>
    public sealed class BuildContext
    {
        private const string DefaultDockerfileName = "Dockerfile";
        private const string IgnoreFileName = ".dockerignore";

        /// <summary>
        /// The largest file, in bytes, whose text <see cref="GetFileText"/> returns (1 MiB): manifests are small, and a
        /// larger file is left unread rather than loaded into memory.
        /// </summary>
        public const int MaxFileTextLength = 1024 * 1024;

        private readonly HashSet<string> _files;
        private readonly HashSet<string> _directories;

        // FromDirectory: the context root on disk (texts are read on demand) and the entries that are symbolic links
        // (never followed: the builder receives the link, not its target).
        private readonly string? _root;
        private readonly HashSet<string>? _links;

        // FromFiles with contents: the text of each file, by canonical path.
        private readonly IReadOnlyDictionary<string, string>? _contents;

        // WithFileText: files whose text a fix wrote, which win over the contents and the disk.
        private readonly Dictionary<string, string>? _overrides;
        private readonly ConcurrentDictionary<string, string?> _texts = new(StringComparer.Ordinal);

        private BuildContext(
            IEnumerable<string> files,
            IEnumerable<string> directories,
            DockerIgnoreFile? ignoreFile,
            string? ignoreFilePath,
            string? root = null,
            HashSet<string>? links = null,
            IReadOnlyDictionary<string, string>? contents = null,
            Dictionary<string, string>? overrides = null)
        {
            _overrides = overrides;
            _root = root;
            _links = links;
            _contents = contents;
            _files = new HashSet<string>(StringComparer.Ordinal);
            _directories = new HashSet<string>(StringComparer.Ordinal);
            foreach (string directory in directories)
            {
                AddDirectory(directory);
            }

            foreach (string file in files)
            {
                _files.Add(file);
                AddDirectory(GoPath.Parent(file));
            }

            // A path cannot be both; a file entry wins.
            _directories.ExceptWith(_files);
            var sorted = new List<string>(_files);
            sorted.Sort(StringComparer.Ordinal);
            Files = sorted;
            IgnoreFile = ignoreFile;
            IgnoreFilePath = ignoreFilePath;
        }

        /// <summary>
        /// The context's root folder on disk (a full path) for <see cref="FromDirectory"/>; <see langword="null"/> for a
        /// context built from a file list. Hosts resolve a fix's <see cref="CodeFixes.DocumentChange.Path"/> against it.
        /// </summary>
        public string? RootPath => _root;

        /// <summary>The ignore rules in effect, or <see langword="null"/> when there are none.</summary>
        public DockerIgnoreFile? IgnoreFile { get; }

        /// <summary>
        /// The file the rules were read from (as a path on disk for <see cref="FromDirectory"/>,
        /// else <see cref="DockerIgnoreFile.Path"/>); <see langword="null"/> when there is no ignore file.
        /// </summary>
        public string? IgnoreFilePath { get; }

        /// <summary>
        /// Every file of the context, relative to its root with <c>/</c> separators, sorted ordinally.
        /// Ignored files are included; use <see cref="IsIgnored"/> to tell them apart.
        /// </summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>
        /// Reads a context directory from disk. The ignore file is <c>&lt;Dockerfile name&gt;.dockerignore</c>
        /// next to the Dockerfile when it exists, else <c>.dockerignore</c> at the context root, as in BuildKit.
        /// Never throws: a missing or unreadable directory gives an empty context and unreadable entries are skipped.
        /// </summary>
        /// <param name="directory">The context directory.</param>
        /// <param name="dockerfilePath">
        /// The Dockerfile, absolute or relative to <paramref name="directory"/>; defaults to <c>Dockerfile</c> in the context root.
        /// </param>
        public static BuildContext FromDirectory(string directory, string? dockerfilePath = null)
        {
            var files = new List<string>();
            var directories = new List<string>();
            var links = new HashSet<string>(StringComparer.Ordinal);
            string root;
            try
            {
                root = System.IO.Path.GetFullPath(string.IsNullOrEmpty(directory) ? "." : directory);
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                return new BuildContext(files, directories, null, null);
            }

            if (Directory.Exists(root))
            {
                Walk(new DirectoryInfo(root), files, directories, links);
            }

            string? ignorePath = FindIgnoreFile(root, dockerfilePath);
            DockerIgnoreFile? ignore = null;
            if (ignorePath != null)
            {
                try
                {
                    ignore = DockerIgnoreFile.Parse(File.ReadAllText(ignorePath), ignorePath);
                }
                catch (Exception e) when (IsIoFailure(e))
                {
                    ignorePath = null;
                }
            }

            return new BuildContext(files, directories, ignore, ignorePath, root, links);
        }

        /// <summary>
        /// Builds a context from a list of paths, for tests and editors. Paths are relative to the context root with
        /// <c>/</c> separators (a leading <c>/</c> or <c>./</c> is accepted); an entry ending in <c>/</c> denotes an
        /// empty directory. Parent directories are implied.
        /// </summary>
        /// <param name="relativePaths">The files of the context.</param>
        /// <param name="ignore">The ignore rules, if any.</param>
        public static BuildContext FromFiles(IEnumerable<string> relativePaths, DockerIgnoreFile? ignore = null) =>
            FromFiles(relativePaths, new Dictionary<string, string>(StringComparer.Ordinal), ignore);

        /// <summary>
        /// Builds a context from files and their text, for tests, editors and hosts that hold the files in memory
        /// (so that rules reading manifests, such as DF2001, can follow them). Keys are paths as for
        /// <see cref="FromFiles(IEnumerable{string}, DockerIgnoreFile)"/>; a key ending in <c>/</c> denotes an empty
        /// directory and its value is ignored. A <see langword="null"/> value is a file whose text is unknown.
        /// </summary>
        /// <param name="contents">The files of the context and their text.</param>
        /// <param name="ignore">The ignore rules, if any.</param>
        public static BuildContext FromFiles(IReadOnlyDictionary<string, string> contents, DockerIgnoreFile? ignore = null)
        {
            var files = new List<string>();
            var directories = new List<string>();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in contents ?? new Dictionary<string, string>())
            {
                if (AddEntry(pair.Key, files, directories) is { } file && pair.Value != null)
                {
                    texts[file] = pair.Value;
                }
            }

            return new BuildContext(files, directories, ignore, ignore?.Path, contents: texts);
        }

        /// <summary>
        /// Builds a context from a list of its files and the text of some of them, as a host that must not read the
        /// disk receives them (a Roslyn analyzer gets the list and the manifests as additional files). Paths are as
        /// for <see cref="FromFiles(IEnumerable{string}, DockerIgnoreFile)"/>; a text whose path is not in
        /// <paramref name="relativePaths"/> adds that file too. Files without a text are known to exist, with their
        /// text unknown, so rules that need it say so instead of guessing.
        /// </summary>
        /// <param name="relativePaths">The files of the context.</param>
        /// <param name="texts">The text of some of the files, by path relative to the context root.</param>
        /// <param name="ignore">The ignore rules, if any.</param>
        public static BuildContext FromFiles(IEnumerable<string> relativePaths, IReadOnlyDictionary<string, string> texts, DockerIgnoreFile? ignore = null)
        {
            var files = new List<string>();
            var directories = new List<string>();
            var known = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string? entry in relativePaths ?? Array.Empty<string>())
            {
                AddEntry(entry, files, directories);
            }

            foreach (var pair in texts ?? new Dictionary<string, string>())
            {
                // A text names a file (never a folder); one the list lacks is added.
                if (pair.Value != null && pair.Key != null && !pair.Key.TrimEnd().EndsWith("/", StringComparison.Ordinal)
                    && AddEntry(pair.Key, files, directories) is { } file)
                {
                    known[file] = pair.Value;
                }
            }

            return new BuildContext(files, directories, ignore, ignore?.Path, contents: known);
        }

        /// <summary>
        /// Adds one entry of a file list to <paramref name="files"/> or, when it ends with <c>/</c>, to
        /// <paramref name="directories"/>; returns the normalized file path, or <see langword="null"/> for a folder or
        /// an entry that names nothing.
        /// </summary>
        private static string? AddEntry(string? entry, List<string> files, List<string> directories)
        {
            if (entry == null)
            {
                return null;
            }

            string normalized = GoPath.NormalizeContextPath(entry);
            if (normalized.Length == 0)
            {
                return null;
            }

            if (entry.TrimEnd().EndsWith("/", StringComparison.Ordinal))
            {
                directories.Add(normalized);
                return null;
            }

            files.Add(normalized);
            return normalized;
        }

        /// <summary>
        /// Gets the text of a file of the context, ignored files included (check <see cref="Exists"/> for what the
        /// builder sees). For <see cref="FromDirectory"/> the file is read from disk as UTF-8 on first use and kept.
        /// Never throws.
        /// </summary>
        /// <param name="relativePath">A path relative to the context root with <c>/</c> separators.</param>
        /// <returns>
        /// The text, or <see langword="null"/> when the path is not a file of the context, is a symbolic link, is larger than
        /// <see cref="MaxFileTextLength"/> bytes, cannot be read, holds a NUL character (not text), or when the context
        /// was built from names only.
        /// </returns>
        public string? GetFileText(string relativePath)
        {
            if (relativePath == null)
            {
                return null;
            }

            string path = GoPath.NormalizeContextPath(relativePath);
            if (!_files.Contains(path))
            {
                return null;
            }

            if (_overrides != null && _overrides.TryGetValue(path, out string? written))
            {
                return written.Length <= MaxFileTextLength && written.IndexOf('\0') < 0 ? written : null;
            }

            if (_contents != null)
            {
                return _contents.TryGetValue(path, out string? text) && text.Length <= MaxFileTextLength && text.IndexOf('\0') < 0 ? text : null;
            }

            if (_root == null || (_links != null && _links.Contains(path)))
            {
                return null;
            }

            return _texts.GetOrAdd(path, ReadFromDisk);
        }

        /// <summary>
        /// Gets the size in bytes of a file of the context, ignored files included: from disk for
        /// <see cref="FromDirectory"/> (a symbolic link, which the builder sends as a link, counts as 0), the UTF-8 length of its
        /// text for a context built from texts. Never throws.
        /// </summary>
        /// <param name="relativePath">A path relative to the context root with <c>/</c> separators.</param>
        /// <returns>The size, or <see langword="null"/> when the path is not a file of the context or its size is unknown.</returns>
        public long? GetFileSize(string relativePath)
        {
            if (relativePath == null)
            {
                return null;
            }

            string path = GoPath.NormalizeContextPath(relativePath);
            if (!_files.Contains(path))
            {
                return null;
            }

            if (_overrides != null && _overrides.TryGetValue(path, out string? written))
            {
                return Encoding.UTF8.GetByteCount(written);
            }

            if (_contents != null)
            {
                return _contents.TryGetValue(path, out string? text) ? Encoding.UTF8.GetByteCount(text) : null;
            }

            if (_root == null)
            {
                return null;
            }

            try
            {
                string full = System.IO.Path.Combine(_root, path.Replace('/', System.IO.Path.DirectorySeparatorChar));
                var info = new FileInfo(full);
                if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    // The builder sends the link, not its target: next to nothing.
                    return 0;
                }

                return info.Exists ? info.Length : null;
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                return null;
            }
        }

        private string? ReadFromDisk(string path)
        {
            try
            {
                string full = System.IO.Path.Combine(_root!, path.Replace('/', System.IO.Path.DirectorySeparatorChar));
                var info = new FileInfo(full);
                if (!info.Exists || info.Length > MaxFileTextLength || (info.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    return null;
                }

                byte[] bytes = File.ReadAllBytes(full);
                if (bytes.Length > MaxFileTextLength || Array.IndexOf(bytes, (byte)0) >= 0)
                {
                    return null;
                }

                int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                return new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start);
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                return null;
            }
        }

        /// <summary>
        /// Gets the path of the ignore file relative to the context root, with <c>/</c> separators: the file the rules
        /// were read from when it is inside the context, else <c>.dockerignore</c> when there is no ignore file (where a
        /// new one goes). <see langword="null"/> when the rules came from a file outside the context (a
        /// <c>&lt;Dockerfile&gt;.dockerignore</c> next to a Dockerfile kept elsewhere) or from patterns without a file.
        /// </summary>
        public string? IgnoreFileContextPath
        {
            get
            {
                if (IgnoreFile == null)
                {
                    return IgnoreFileName;
                }

                string? path = IgnoreFilePath;
                if (path == null)
                {
                    return IgnoreFile.Text == null ? null : IgnoreFileName;
                }

                if (_root == null)
                {
                    string relative = GoPath.NormalizeContextPath(path);
                    return relative.Length == 0 || path.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(path) ? null : relative;
                }

                try
                {
                    string full = System.IO.Path.GetFullPath(path);
                    string root = _root.EndsWith(System.IO.Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? _root : _root + System.IO.Path.DirectorySeparatorChar;
                    return full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length).Replace(System.IO.Path.DirectorySeparatorChar, '/') : null;
                }
                catch (Exception e) when (IsIoFailure(e))
                {
                    return null;
                }
            }
        }

        /// <summary>
        /// Returns the context as it is after a fix wrote a file: the file exists with <paramref name="text"/> (added
        /// when it was not there), and when it is the ignore file (<see cref="IgnoreFileContextPath"/>) its rules are read
        /// from the new text. The rest of the context is shared.
        /// </summary>
        /// <param name="relativePath">The file, relative to the context root with <c>/</c> separators.</param>
        /// <param name="text">The file's new text.</param>
        /// <returns>The new context.</returns>
        public BuildContext WithFileText(string relativePath, string text)
        {
            if (relativePath is null)
            {
                throw new ArgumentNullException(nameof(relativePath));
            }

            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            string path = GoPath.NormalizeContextPath(relativePath);
            if (path.Length == 0)
            {
                throw new ArgumentException("The path must name a file of the context.", nameof(relativePath));
            }

            var overrides = _overrides == null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(_overrides, StringComparer.Ordinal);
            overrides[path] = text;
            var files = new List<string>(_files) { path };
            var ignore = IgnoreFile;
            string? ignorePath = IgnoreFilePath;
            if (path == IgnoreFileContextPath)
            {
                ignorePath ??= _root == null ? path : System.IO.Path.Combine(_root, path.Replace('/', System.IO.Path.DirectorySeparatorChar));
                ignore = DockerIgnoreFile.Parse(text, ignorePath);
            }

            return new BuildContext(files, _directories, ignore, ignorePath, _root, _links, _contents, overrides);
        }

        /// <summary>
        /// Reports whether the ignore rules leave a file or directory out of the context (see <see cref="DockerIgnoreFile.IsIgnored"/>).
        /// </summary>
        /// <param name="relativePath">A path relative to the context root with <c>/</c> separators.</param>
        public bool IsIgnored(string relativePath) => IgnoreFile != null && IgnoreFile.IsIgnored(relativePath);

        /// <summary>
        /// Reports whether the builder would see <paramref name="relativePath"/>: a file that is present and not
        /// ignored, or a directory that is not ignored itself or still holds a file that is not ignored.
        /// The context root always exists.
        /// </summary>
        /// <param name="relativePath">A path relative to the context root with <c>/</c> separators.</param>
        public bool Exists(string relativePath)
        {
            if (relativePath == null)
            {
                return false;
            }

            string path = GoPath.NormalizeContextPath(relativePath);
            if (path.Length == 0)
            {
                return true;
            }

            if (_files.Contains(path))
            {
                return !IsIgnored(path);
            }

            if (!_directories.Contains(path))
            {
                return false;
            }

            if (!IsIgnored(path))
            {
                return true;
            }

            string prefix = path + "/";
            foreach (string file in Files)
            {
                if (file.StartsWith(prefix, StringComparison.Ordinal) && !IsIgnored(file))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Lists the files a COPY or ADD source takes from this context, sorted ordinally.
        /// </summary>
        /// <remarks>
        /// The source is relative to the context root (a leading <c>/</c> or <c>./</c> is accepted and <c>..</c> cannot
        /// leave the root); <c>.</c> means the whole context. Without wildcards it names a file or a directory
        /// (all files below it). With unescaped <c>*</c>, <c>?</c> or <c>[</c> it is a glob matched segment by segment
        /// with Go's <c>filepath.Match</c>; matched directories contribute all files below them. Ignored files are dropped.
        /// Each <paramref name="excludes"/> pattern (BuildKit's <c>--exclude</c>, <c>.dockerignore</c> syntax) is matched
        /// against the path relative to the copied entry: below a directory, the path inside it; for a file, its name.
        /// A malformed source or exclude pattern matches nothing (Docker would fail the build).
        /// </remarks>
        /// <param name="source">The source as written in the instruction.</param>
        /// <param name="excludes">Optional <c>--exclude</c> patterns.</param>
        public IReadOnlyList<string> MatchSource(string source, IEnumerable<string>? excludes = null)
        {
            var result = new List<string>();
            if (source == null)
            {
                return result;
            }

            string path = GoPath.NormalizeContextPath(source);
            IReadOnlyList<DockerIgnorePattern> excludePatterns =
                excludes == null ? Array.Empty<DockerIgnorePattern>() : DockerIgnoreFile.FromPatterns(excludes).Patterns;
            var seen = new HashSet<string>(StringComparer.Ordinal);

            if (path.Length == 0)
            {
                AddDirectoryContent(string.Empty, excludePatterns, result, seen);
            }
            else if (!GoPath.ContainsWildcards(path))
            {
                AddEntry(path, excludePatterns, result, seen);
            }
            else
            {
                string[] segments = path.Split('/');

                // Like Go's filepath.Glob, reject a malformed pattern before looking at any entry.
                foreach (string segment in segments)
                {
                    GoPath.Match(segment, string.Empty, out bool bad);
                    if (bad)
                    {
                        return result;
                    }
                }

                foreach (string candidate in Candidates(segments.Length))
                {
                    if (MatchesSegments(segments, candidate))
                    {
                        AddEntry(candidate, excludePatterns, result, seen);
                    }
                }
            }

            result.Sort(StringComparer.Ordinal);
            return result;
        }

        private static bool MatchesSegments(string[] segments, string candidate)
        {
            string[] parts = candidate.Split('/');
            for (int i = 0; i < segments.Length; i++)
            {
                if (!GoPath.Match(segments[i], parts[i], out _))
                {
                    return false;
                }
            }

            return true;
        }

        private static string? FindIgnoreFile(string root, string? dockerfilePath)
        {
            try
            {
                string dockerfile = string.IsNullOrEmpty(dockerfilePath)
                    ? System.IO.Path.Combine(root, DefaultDockerfileName)
                    : System.IO.Path.Combine(root, dockerfilePath);
                string? dockerfileDirectory = System.IO.Path.GetDirectoryName(dockerfile);
                string name = System.IO.Path.GetFileName(dockerfile);
                if (dockerfileDirectory != null && name.Length > 0)
                {
                    string specific = System.IO.Path.Combine(dockerfileDirectory, name + IgnoreFileName);
                    if (File.Exists(specific))
                    {
                        return specific;
                    }
                }

                string general = System.IO.Path.Combine(root, IgnoreFileName);
                return File.Exists(general) ? general : null;
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                return null;
            }
        }

        // BuildKit sends the context as it is on disk (its walk uses lstat): a symbolic link is an entry of its own,
        // never followed, so a link back up the tree (`self -> .`) is one entry, not a loop. Iterative, so the depth
        // of the folders cannot exhaust the stack. Links are remembered so that their text is never read through them.
        private static void Walk(DirectoryInfo root, List<string> files, List<string> directories, HashSet<string> links)
        {
            var pending = new Stack<(DirectoryInfo Directory, string Prefix)>();
            pending.Push((root, string.Empty));
            while (pending.Count > 0)
            {
                var (directory, prefix) = pending.Pop();
                FileSystemInfo[] entries;
                try
                {
                    entries = directory.GetFileSystemInfos();
                }
                catch (Exception e) when (IsIoFailure(e))
                {
                    continue;
                }

                foreach (FileSystemInfo entry in entries)
                {
                    string relative = prefix + entry.Name;
                    bool isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                    if (entry is DirectoryInfo child && !isLink)
                    {
                        directories.Add(relative);
                        pending.Push((child, relative + "/"));
                    }
                    else
                    {
                        // Files, and symbolic links (which the builder receives as links, not followed).
                        files.Add(relative);
                        if (isLink)
                        {
                            links.Add(relative);
                        }
                    }
                }
            }
        }

        private static bool IsIoFailure(Exception e) =>
            e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException;

        private void AddDirectory(string directory)
        {
            string current = directory;
            while (current.Length > 0 && _directories.Add(current))
            {
                current = GoPath.Parent(current);
            }
        }

        // Files and directories whose path has exactly the given number of segments.
        private IEnumerable<string> Candidates(int depth)
        {
            foreach (string file in _files)
            {
                if (Depth(file) == depth)
                {
                    yield return file;
                }
            }

            foreach (string directory in _directories)
            {
                if (Depth(directory) == depth)
                {
                    yield return directory;
                }
            }
        }

        private static int Depth(string path)
        {
            int count = 1;
            foreach (char c in path)
            {
                if (c == '/')
                {
                    count++;
                }
            }

            return count;
        }

        private void AddEntry(string path, IReadOnlyList<DockerIgnorePattern> excludes, List<string> result, HashSet<string> seen)
        {
            if (_files.Contains(path))
            {
                int slash = path.LastIndexOf('/');
                string name = slash < 0 ? path : path.Substring(slash + 1);
                if (!IsIgnored(path) && !DockerIgnoreFile.Evaluate(excludes, name) && seen.Add(path))
                {
                    result.Add(path);
                }
            }
            else if (_directories.Contains(path))
            {
                AddDirectoryContent(path, excludes, result, seen);
            }
        }

        private void AddDirectoryContent(string directory, IReadOnlyList<DockerIgnorePattern> excludes, List<string> result, HashSet<string> seen)
        {
            string prefix = directory.Length == 0 ? string.Empty : directory + "/";
            foreach (string file in Files)
            {
                if (!file.StartsWith(prefix, StringComparison.Ordinal) || IsIgnored(file))
                {
                    continue;
                }

                if (DockerIgnoreFile.Evaluate(excludes, file.Substring(prefix.Length)))
                {
                    continue;
                }

                if (seen.Add(file))
                {
                    result.Add(file);
                }
            }
        }
    }
}
