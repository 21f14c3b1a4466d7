using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Dockerfile.Cli;

/// <summary>
/// Turns the command line's paths into the Dockerfiles to process. Folders are walked without recursion; a symbolic
/// link to a folder is not followed (as in Docker's build context, and so a link back up the tree cannot loop), a
/// symbolic link to a Dockerfile is, and every real file is reported once however many paths reach it.
/// </summary>
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
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths.Count == 0 ? new[] { "." } : paths)
        {
            if (path == "-")
            {
                files.Add(path);
            }
            else if (IsFile(path))
            {
                if (seenFiles.Add(IdentityOf(path)))
                {
                    files.Add(path);
                }
            }
            else if (Directory.Exists(path))
            {
                List<string> found;
                bool walkedBefore;
                try
                {
                    found = Walk(path, seenFolders, seenFiles, out walkedBefore);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error = new InputError(path, ex.Message);
                    return null;
                }

                if (found.Count == 0 && !walkedBefore)
                {
                    error = new InputError(path, "no Dockerfile found in this folder");
                    return null;
                }

                files.AddRange(found.Select(f => f.StartsWith("./", StringComparison.Ordinal) ? f.Substring(2) : f));
            }
            else
            {
                error = new InputError(
                    path,
                    IsLink(path) ? "a symbolic link to a file that does not exist"
                    : path.Length > 1 && path[0] == '-' ? "not an option of this command, nor a file or folder (--help lists the options)"
                    : "no such file or folder");
                return null;
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The Dockerfiles below a folder, sorted ordinally, leaving out files and folders already seen. A file reached
    /// both directly and through a symbolic link is reported under its direct path.
    /// </summary>
    /// <param name="root">The folder.</param>
    /// <param name="seenFolders">The identities of the folders walked so far.</param>
    /// <param name="seenFiles">The identities of the files found so far.</param>
    /// <param name="walkedBefore">Whether the folder itself was walked before (named twice, or inside a folder named before).</param>
    private static List<string> Walk(string root, HashSet<string> seenFolders, HashSet<string> seenFiles, out bool walkedBefore)
    {
        var candidates = new List<(string Path, bool IsLink)>();
        var pending = new Stack<string>();
        walkedBefore = !seenFolders.Add(IdentityOf(root));
        if (!walkedBefore)
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                bool isLink = entry.LinkTarget != null;
                string path = System.IO.Path.Combine(folder, entry.Name);
                if (entry is DirectoryInfo)
                {
                    if (!isLink && !SkippedFolders.Contains(entry.Name) && seenFolders.Add(IdentityOf(path)))
                    {
                        pending.Push(path);
                    }
                }
                else if (IsDockerfileName(entry.Name) && (!isLink || IsFile(path)))
                {
                    // A link is kept only when it leads to a file (not to a folder, not dangling).
                    candidates.Add((path, isLink));
                }
            }
        }

        // Direct paths first, so that a link to a Dockerfile of the same walk is the one dropped.
        candidates.Sort((a, b) => a.IsLink != b.IsLink ? a.IsLink.CompareTo(b.IsLink) : string.CompareOrdinal(a.Path, b.Path));
        var found = candidates.Where(c => seenFiles.Add(IdentityOf(c.Path))).Select(c => c.Path).ToList();
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Whether the path is a file, or a symbolic link that leads to one (.NET's <c>File.Exists</c> is also true for a dangling link).</summary>
    private static bool IsFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return false;
            }

            return info.LinkTarget == null || info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A loop of links, or a path that cannot be read.
            return false;
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget != null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>What makes two paths the same file or folder: device and inode on Linux, else the full path with links resolved.</summary>
    private static string IdentityOf(string path)
    {
        if (UnixFileStatus.TryGet(path, followLinks: true, out var status))
        {
            return status.Identity;
        }

        try
        {
            string full = System.IO.Path.GetFullPath(path);
            var target = File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true) : Directory.ResolveLinkTarget(full, returnFinalTarget: true);
            return target?.FullName ?? full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return System.IO.Path.GetFullPath(path);
        }
    }
}
