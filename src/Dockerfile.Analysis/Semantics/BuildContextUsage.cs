using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Rules;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// What a build context holds and what a Dockerfile does with it: the files and bytes the builder receives after
/// .dockerignore, the largest files, each top-level entry with the instructions that use it, the entries nothing
/// uses, files that look like secrets which a COPY takes into an image, and .dockerignore lines that would leave
/// the waste out.
/// </summary>
/// <remarks>
/// An instruction uses a file when a COPY or ADD without <c>--from</c>, or a RUN's bind mount of the context, takes it
/// (every stage counts, whether the target needs it or not). A suggested line never leaves out a file that an
/// instruction names (by its path, or by a pattern matching the path itself), so it cannot break a COPY.
/// </remarks>
public sealed class BuildContextUsage
{
    /// <summary>The folder names that are generated or tool state, never sources: version control, dependencies, caches, build outputs.</summary>
    internal static readonly string[] GeneratedFolders =
        DF2004WholeContextCopyWithoutIgnore.Candidates.Concat(new[] { ".hg", ".svn", ".idea", ".vscode", ".mypy_cache", ".ruff_cache", ".tox", ".nyc_output", "coverage", ".terraform" }).Distinct().ToArray();

    private const int LargestFileCount = 10;

    private BuildContextUsage(
        BuildContext context,
        int fileCount,
        long bytes,
        int ignoredFileCount,
        long ignoredBytes,
        ImmutableArray<ContextEntry> entries,
        ImmutableArray<ContextFile> largestFiles,
        ImmutableArray<SecretFile> secrets,
        ImmutableArray<string> suggestedIgnoreLines)
    {
        Context = context;
        FileCount = fileCount;
        Bytes = bytes;
        IgnoredFileCount = ignoredFileCount;
        IgnoredBytes = ignoredBytes;
        Entries = entries;
        LargestFiles = largestFiles;
        Secrets = secrets;
        SuggestedIgnoreLines = suggestedIgnoreLines;
    }

    /// <summary>Gets the build context described.</summary>
    public BuildContext Context { get; }

    /// <summary>Gets the number of files the builder receives (those .dockerignore keeps).</summary>
    public int FileCount { get; }

    /// <summary>Gets their total size in bytes.</summary>
    public long Bytes { get; }

    /// <summary>Gets the number of files .dockerignore leaves out.</summary>
    public int IgnoredFileCount { get; }

    /// <summary>Gets their total size in bytes.</summary>
    public long IgnoredBytes { get; }

    /// <summary>Gets the top-level entries the builder receives, largest first (then by name).</summary>
    public ImmutableArray<ContextEntry> Entries { get; }

    /// <summary>Gets the entries that no instruction uses (the Dockerfile and the ignore file excepted), largest first.</summary>
    public ImmutableArray<ContextEntry> UnusedEntries => Entries.Where(e => !e.IsUsed).ToImmutableArray();

    /// <summary>Gets the largest files the builder receives (at most ten), largest first.</summary>
    public ImmutableArray<ContextFile> LargestFiles { get; }

    /// <summary>Gets the files that look like secrets and that a COPY or ADD takes into an image, by path.</summary>
    public ImmutableArray<SecretFile> Secrets { get; }

    /// <summary>
    /// Gets the lines to add to .dockerignore: the unused entries, generated folders (and log files) that a copy of a
    /// whole folder takes, and secrets that are not copied by name. Empty when there is nothing to leave out.
    /// </summary>
    public ImmutableArray<string> SuggestedIgnoreLines { get; }

    /// <summary>Describes how a Dockerfile uses its build context.</summary>
    /// <param name="model">The semantic model; its <see cref="SemanticModelOptions.BuildContext"/> is the context described (an empty one when it has none).</param>
    /// <param name="dockerfilePath">The Dockerfile's path relative to the context root, when it is inside it (default <c>Dockerfile</c>): an entry the builder reads itself.</param>
    /// <returns>The usage.</returns>
    public static BuildContextUsage Analyze(DockerfileSemanticModel model, string? dockerfilePath = null)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var context = model.Options.BuildContext ?? BuildContext.FromFiles(Array.Empty<string>());
        string dockerfile = GoPath.NormalizeContextPath(dockerfilePath ?? "Dockerfile");
        var buildFiles = new HashSet<string>(StringComparer.Ordinal) { dockerfile, dockerfile + ".dockerignore", ".dockerignore" };

        // Every instruction that reads the context, with the files it takes and the sources that name files.
        var readers = ContextReader.Of(model);

        bool IsNamed(string path) => readers.Any(r => r.Names(path));

        int fileCount = 0;
        long bytes = 0;
        int ignoredCount = 0;
        long ignoredBytes = 0;
        var sent = new List<ContextFile>();
        foreach (string file in context.Files)
        {
            long size = context.GetFileSize(file) ?? 0;
            if (context.IsIgnored(file))
            {
                ignoredCount++;
                ignoredBytes += size;
                continue;
            }

            fileCount++;
            bytes += size;
            sent.Add(new ContextFile(file, size));
        }

        var entries = sent
            .GroupBy(f => TopLevel(f.Path), StringComparer.Ordinal)
            .Select(g =>
            {
                bool isDirectory = g.Any(f => f.Path.Length > g.Key.Length);
                var usedBy = readers.Where(r => g.Any(f => r.Files.Contains(f.Path))).Select(r => r.Instruction).Distinct().ToImmutableArray();
                return new ContextEntry(g.Key, isDirectory, g.Count(), g.Sum(f => f.Bytes), usedBy, g.Any(f => buildFiles.Contains(f.Path)));
            })
            .OrderByDescending(e => e.Bytes)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToImmutableArray();

        var largest = sent.OrderByDescending(f => f.Bytes).ThenBy(f => f.Path, StringComparer.Ordinal).Take(LargestFileCount).ToImmutableArray();

        var secrets = ImmutableArray.CreateBuilder<SecretFile>();
        foreach (var file in sent)
        {
            var copiedBy = readers.Where(r => r.Instruction is BaseCopyInstructionSyntax && r.Files.Contains(file.Path)).Select(r => r.Instruction).Distinct().ToImmutableArray();
            if (copiedBy.IsEmpty || SecretFileKinds.Describe(context, file.Path) is not { } description)
            {
                continue;
            }

            secrets.Add(new SecretFile(file.Path, description, copiedBy, IsNamed(file.Path)));
        }

        var suggestions = Suggest(sent, entries, secrets, IsNamed);
        return new BuildContextUsage(context, fileCount, bytes, ignoredCount, ignoredBytes, entries, largest, secrets.ToImmutable(), suggestions);
    }

    private static ImmutableArray<string> Suggest(List<ContextFile> sent, ImmutableArray<ContextEntry> entries, ImmutableArray<SecretFile>.Builder secrets, Func<string, bool> isNamed)
    {
        var candidates = new List<string>();
        candidates.AddRange(entries.Where(e => !e.IsUsed).Select(e => e.Name));

        // Generated folders anywhere in what is sent: at the root only, the folder; deeper too, every one of them.
        foreach (string folder in GeneratedFolders)
        {
            bool atRoot = false;
            bool deeper = false;
            foreach (var file in sent)
            {
                string path = file.Path;
                if (path.StartsWith(folder + "/", StringComparison.Ordinal))
                {
                    atRoot = true;
                }
                else if (path.IndexOf("/" + folder + "/", StringComparison.Ordinal) >= 0)
                {
                    deeper = true;
                }
            }

            if (deeper)
            {
                candidates.Add("**/" + folder);
            }
            else if (atRoot)
            {
                candidates.Add(folder);
            }
        }

        if (sent.Any(f => f.Path.EndsWith(".log", StringComparison.Ordinal)))
        {
            candidates.Add("**/*.log");
        }

        if (sent.Any(f => f.Path == ".DS_Store" || f.Path.EndsWith("/.DS_Store", StringComparison.Ordinal)))
        {
            candidates.Add("**/.DS_Store");
        }

        candidates.AddRange(secrets.Where(s => !s.CopiedByName).Select(s => s.Path));

        var lines = ImmutableArray.CreateBuilder<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in candidates.Distinct(StringComparer.Ordinal))
        {
            // The line must leave out something still sent, and nothing an instruction names.
            var pattern = DockerIgnoreFile.FromPatterns(new[] { line });
            var removed = sent.Where(f => !covered.Contains(f.Path) && pattern.IsIgnored(f.Path)).ToList();
            if (removed.Count == 0 || removed.Any(f => isNamed(f.Path)))
            {
                continue;
            }

            covered.UnionWith(removed.Select(f => f.Path));
            lines.Add(line);
        }

        return lines.ToImmutable();
    }

    /// <summary>Whether a COPY source (normalised) names <paramref name="path"/> itself: equal, or a glob that matches it segment for segment.</summary>
    internal static bool Names(string source, string path)
    {
        if (source == path)
        {
            return true;
        }

        if (!GoPath.ContainsWildcards(source))
        {
            return false;
        }

        string[] patterns = source.Split('/');
        string[] parts = path.Split('/');
        if (patterns.Length != parts.Length)
        {
            return false;
        }

        for (int i = 0; i < patterns.Length; i++)
        {
            if (!GoPath.Match(patterns[i], parts[i], out _))
            {
                return false;
            }
        }

        return true;
    }

    private static string TopLevel(string path)
    {
        int slash = path.IndexOf('/');
        return slash < 0 ? path : path.Substring(0, slash);
    }
}
