using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>go mod download</c> reads. In a workspace (a <c>go.work</c> in the folder or above it, inside the context):
/// go.work, go.work.sum when present, and each <c>use</c> folder's go.mod (and go.sum when present). Otherwise the
/// folder's go.mod and go.sum (when present). In both, every <c>replace ... =&gt; ./dir</c> with a local folder adds
/// that module's go.mod (and go.sum when present), followed in turn. Unknown when a local replacement or a
/// <c>use</c> folder is absolute, leaves the context or has no go.mod in it.
/// </summary>
internal static class GoManifestReader
{
    /// <summary>The most modules followed.</summary>
    public const int MaxModules = 128;

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder <c>go</c> runs in ("" for the context root).</param>
    public static InstallInputs Read(IManifestFiles files, string directory)
    {
        var paths = new List<string>();
        var modules = new Queue<(string Folder, string From)>();
        string? work = FindWorkspace(files, directory);
        if (work != null)
        {
            paths.Add(work);
            string workFolder = ManifestPaths.DirectoryOf(work);
            AddIfPresent(files, ManifestPaths.Combine(workFolder, "go.work.sum"), paths);
            string text = files.ReadText(work) ?? string.Empty;
            foreach (var (verb, args) in Directives(text))
            {
                if (verb == "use" && args.Count >= 1)
                {
                    string? folder = ManifestPaths.Resolve(workFolder, args[0]);
                    if (folder == null)
                    {
                        return InstallInputs.Unknown($"{work} uses `{args[0]}`, which is outside the build context");
                    }

                    modules.Enqueue((folder, $"{work} uses `{args[0]}`"));
                }
                else if (verb == "replace" && LocalReplacement(args) is { } target)
                {
                    string? folder = ManifestPaths.Resolve(workFolder, target);
                    if (folder == null)
                    {
                        return InstallInputs.Unknown($"{work} replaces a module with `{target}`, which is outside the build context");
                    }

                    modules.Enqueue((folder, $"{work} replaces a module with `{target}`"));
                }
            }
        }
        else
        {
            modules.Enqueue((directory, string.Empty));
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (modules.Count > 0)
        {
            var (folder, from) = modules.Dequeue();
            if (!visited.Add(folder))
            {
                continue;
            }

            if (visited.Count > MaxModules)
            {
                return InstallInputs.Unknown($"the workspace has more than {MaxModules} modules");
            }

            string goMod = ManifestPaths.Combine(folder, "go.mod");
            string? text = files.ReadText(goMod);
            if (text == null)
            {
                if (from.Length == 0)
                {
                    return InstallInputs.Unknown($"{goMod} cannot be read from the build context");
                }

                return InstallInputs.Unknown($"{from}, which has no go.mod in the build context");
            }

            paths.Add(goMod);
            AddIfPresent(files, ManifestPaths.Combine(folder, "go.sum"), paths);
            foreach (var (verb, args) in Directives(text))
            {
                if (verb != "replace" || LocalReplacement(args) is not { } target)
                {
                    continue;
                }

                string? replaced = ManifestPaths.Resolve(folder, target);
                if (replaced == null)
                {
                    return InstallInputs.Unknown($"{goMod} replaces a module with `{target}`, which is outside the build context");
                }

                modules.Enqueue((replaced, $"{goMod} replaces a module with `{target}`"));
            }
        }

        return InstallInputs.Known(paths);
    }

    // go.work in the folder or the closest folder above it, inside the context.
    private static string? FindWorkspace(IManifestFiles files, string directory)
    {
        string folder = directory;
        for (int guard = 0; guard < 256; guard++)
        {
            string candidate = ManifestPaths.Combine(folder, "go.work");
            if (files.FileExists(candidate))
            {
                return candidate;
            }

            if (folder.Length == 0)
            {
                return null;
            }

            folder = ManifestPaths.DirectoryOf(folder);
        }

        return null;
    }

    private static void AddIfPresent(IManifestFiles files, string path, List<string> paths)
    {
        if (files.FileExists(path))
        {
            paths.Add(path);
        }
    }

    // The target of `replace old [v] => new [v]` when it is a file path (starts with ./, ../ or /): Go's rule.
    private static string? LocalReplacement(IReadOnlyList<string> args)
    {
        int arrow = -1;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "=>")
            {
                arrow = i;
                break;
            }
        }

        if (arrow < 0 || arrow + 1 >= args.Count)
        {
            return null;
        }

        string target = args[arrow + 1];
        return target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal) ||
               target.StartsWith("/", StringComparison.Ordinal) || target == "." || target == ".."
            ? target
            : null;
    }

    // The directives of go.mod/go.work: "verb args..." lines and "verb ( ... )" blocks, comments removed, quotes dropped.
    private static IEnumerable<(string Verb, IReadOnlyList<string> Args)> Directives(string text)
    {
        string? block = null;
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            int comment = raw.IndexOf("//", StringComparison.Ordinal);
            string line = (comment >= 0 ? raw.Substring(0, comment) : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var words = new List<string>();
            foreach (string word in line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word.Trim('"', '`'));
            }

            if (block != null)
            {
                if (words[0] == ")")
                {
                    block = null;
                    continue;
                }

                yield return (block, words);
                continue;
            }

            if (words.Count == 2 && words[1] == "(")
            {
                block = words[0];
                continue;
            }

            if (words.Count >= 2 && words[1].StartsWith("(", StringComparison.Ordinal) && line.EndsWith(")", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (words[0], words.GetRange(1, words.Count - 1));
        }
    }
}
