using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Dockerfile.Cli;

/// <summary>Turns the command line's paths into the Dockerfiles to process.</summary>
internal static class DockerfileFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    /// <summary>Whether a file name looks like a Dockerfile.</summary>
    public static bool IsDockerfileName(string name) =>
        name == "Dockerfile" || name.StartsWith("Dockerfile.", StringComparison.Ordinal) ||
        name.EndsWith(".Dockerfile", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal) ||
        name == "Containerfile";

    /// <summary>Finds the files (<c>-</c>, standard input, is kept as is); null with an error when a path is missing or a folder holds no Dockerfile.</summary>
    public static List<string>? Find(IReadOnlyList<string> paths, out InputError? error)
    {
        error = null;
        var files = new List<string>();
        foreach (string path in paths.Count == 0 ? new[] { "." } : paths)
        {
            if (path == "-")
            {
                files.Add(path);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                try
                {
                    Walk(path, found);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error = new InputError(path, ex.Message);
                    return null;
                }

                if (found.Count == 0)
                {
                    error = new InputError(path, "no Dockerfile found in this folder");
                    return null;
                }

                found.Sort(StringComparer.Ordinal);
                files.AddRange(found.Select(f => f.StartsWith("./", StringComparison.Ordinal) ? f.Substring(2) : f));
            }
            else
            {
                error = new InputError(path, "no such file or folder");
                return null;
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Walk(string folder, List<string> found)
    {
        foreach (string file in Directory.EnumerateFiles(folder))
        {
            if (IsDockerfileName(Path.GetFileName(file)))
            {
                found.Add(file);
            }
        }

        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub)))
            {
                Walk(sub, found);
            }
        }
    }
}
