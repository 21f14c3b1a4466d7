using System;
using System.Collections.Generic;
using System.Linq;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>pip install -r a.txt -c b.txt</c> reads: the requirements and constraints files given on the command line
/// and every file they include with <c>-r</c>/<c>--requirement</c> or <c>-c</c>/<c>--constraint</c>, nested, each
/// relative to the folder of the file that names it. Unknown when a file installs local code (<c>-e .</c>, a local
/// path, a <c>file:</c> URL), finds packages in a local folder (<c>-f ./wheels</c>), names a file through a variable
/// or outside the context, includes a file that is not in the context, or when files include each other (pip fails).
/// </summary>
internal static class PipManifestReader
{
    /// <summary>The most files followed; a longer chain of includes is reported as unknown.</summary>
    public const int MaxFiles = 64;

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder pip runs in ("" for the context root).</param>
    /// <param name="requirementFiles">The <c>-r</c> and <c>-c</c> files of the command line, as written.</param>
    public static InstallInputs Read(IManifestFiles files, string directory, IReadOnlyList<string> requirementFiles)
    {
        var work = new Queue<(string Path, string? IncludedBy, string Written)>();
        foreach (string written in requirementFiles)
        {
            string? path = ManifestPaths.Resolve(directory, written);
            if (path == null || path.Length == 0)
            {
                return InstallInputs.Unknown(written.IndexOf('$') >= 0
                    ? $"the requirements file is a variable (`{written}`)"
                    : $"`{written}` is outside the build context");
            }

            work.Enqueue((path, null, written));
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var includes = new List<(string From, string To)>();
        while (work.Count > 0)
        {
            var (path, includedBy, written) = work.Dequeue();
            if (includedBy != null)
            {
                includes.Add((includedBy, path));
            }

            if (!visited.Add(path))
            {
                continue;
            }

            if (visited.Count > MaxFiles)
            {
                return InstallInputs.Unknown($"the requirements files include more than {MaxFiles} others");
            }

            string? text = files.ReadText(path);
            if (text == null)
            {
                return InstallInputs.Unknown(includedBy == null
                    ? $"{path} cannot be read from the build context"
                    : $"{includedBy} includes {written}, which is not in the build context");
            }

            string folder = ManifestPaths.DirectoryOf(path);
            foreach (string line in LogicalLines(text))
            {
                string? problem = ReadLine(line, path, folder, work);
                if (problem != null)
                {
                    return InstallInputs.Unknown(problem);
                }
            }
        }

        if (FindCycle(includes) is { } cycle)
        {
            return InstallInputs.Unknown($"{cycle} include each other, which pip cannot install");
        }

        return InstallInputs.Known(visited);
    }

    // Two files of an include cycle ("a.txt and b.txt"), found by removing files nothing includes (Kahn), or null.
    private static string? FindCycle(List<(string From, string To)> includes)
    {
        var incoming = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (from, to) in includes)
        {
            incoming[from] = incoming.TryGetValue(from, out int f) ? f : 0;
            incoming[to] = (incoming.TryGetValue(to, out int t) ? t : 0) + 1;
        }

        var ready = new Queue<string>(incoming.Where(p => p.Value == 0).Select(p => p.Key));
        while (ready.Count > 0)
        {
            string file = ready.Dequeue();
            incoming.Remove(file);
            foreach (var (from, to) in includes)
            {
                if (from == file && incoming.ContainsKey(to) && --incoming[to] == 0)
                {
                    ready.Enqueue(to);
                }
            }
        }

        if (incoming.Count == 0)
        {
            return null;
        }

        var left = incoming.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        return left.Count == 1 ? left[0] + " and itself" : left[0] + " and " + left[1];
    }

    // One logical line: queues the files it includes, or says why the set is unknown.
    private static string? ReadLine(string line, string path, string folder, Queue<(string, string?, string)> work)
    {
        var words = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        string first = words[0];
        if (TrySplitOption(words, out string option, out string? value))
        {
            switch (option)
            {
                case "-r" or "--requirement" or "-c" or "--constraint":
                    if (value == null)
                    {
                        return null;
                    }

                    if (IsUrl(value))
                    {
                        return value.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                            ? $"{path} includes a local file by URL (`{value}`)"
                            : null;
                    }

                    string? included = ManifestPaths.Resolve(folder, value);
                    if (included == null || included.Length == 0)
                    {
                        return $"{path} includes `{value}`, which is not a file of the build context";
                    }

                    work.Enqueue((included, path, value));
                    return null;
                case "-e" or "--editable":
                    if (value != null && IsUrl(value) && !value.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }

                    return value is "." or "./"
                        ? $"{path} installs the project itself (`-e .`)"
                        : $"{path} installs local source (`-e {value}`)";
                case "-f" or "--find-links":
                    return value != null && IsUrl(value) && !value.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                        ? null
                        : $"{path} finds packages in a local folder (`{first} {value}`)";
                default:
                    return null;
            }
        }

        if (first.StartsWith("-", StringComparison.Ordinal))
        {
            return null;
        }

        if (line.IndexOf("file:", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return $"{path} installs from a local path (`{line.Trim()}`)";
        }

        if (IsUrl(first))
        {
            return null;
        }

        if (first.StartsWith(".", StringComparison.Ordinal) || first.StartsWith("/", StringComparison.Ordinal) || first.StartsWith("~", StringComparison.Ordinal) ||
            first.IndexOf('/') >= 0 || first.IndexOf('\\') >= 0 || IsArchive(first))
        {
            return $"{path} installs from a local path (`{first}`)";
        }

        return null;
    }

    // "-r x", "-rx", "--requirement=x", "--requirement x".
    private static bool TrySplitOption(string[] words, out string option, out string? value)
    {
        string first = words[0];
        option = first;
        value = words.Length > 1 ? words[1] : null;
        if (!first.StartsWith("-", StringComparison.Ordinal))
        {
            return false;
        }

        int equals = first.IndexOf('=');
        if (first.StartsWith("--", StringComparison.Ordinal) && equals > 0)
        {
            option = first.Substring(0, equals);
            value = first.Substring(equals + 1);
        }
        else if (!first.StartsWith("--", StringComparison.Ordinal) && first.Length > 2)
        {
            option = first.Substring(0, 2);
            value = first.Substring(2);
        }

        return true;
    }

    // Lines with their continuations joined and comments (a '#' at the start or after whitespace) removed.
    private static IEnumerable<string> LogicalLines(string text)
    {
        var current = new System.Text.StringBuilder();
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw;
            if (line.EndsWith("\\", StringComparison.Ordinal))
            {
                current.Append(line, 0, line.Length - 1).Append(' ');
                continue;
            }

            current.Append(line);
            string joined = StripComment(current.ToString()).Trim();
            current.Clear();
            if (joined.Length > 0)
            {
                yield return joined;
            }
        }

        string rest = StripComment(current.ToString()).Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static string StripComment(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
            {
                return line.Substring(0, i);
            }
        }

        return line;
    }

    private static bool IsUrl(string value) => value.IndexOf("://", StringComparison.Ordinal) > 0 || value.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static bool IsArchive(string value) =>
        value.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) ||
        value.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".tar.bz2", StringComparison.OrdinalIgnoreCase);
}
