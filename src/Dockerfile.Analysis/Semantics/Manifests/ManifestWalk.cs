using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// The work list the readers share: takes the next manifest not read yet, bounds how many are read, and reads its
/// text, so that following references is a loop (never recursion) and a missing file has one wording.
/// </summary>
internal static class ManifestWalk
{
    /// <summary>
    /// Takes the next file of <paramref name="work"/> that was not visited and reads it. Returns false when the work
    /// list is empty; otherwise either <paramref name="text"/> is the file's text or <paramref name="unknown"/> says
    /// why the set cannot be known (too many files, or a file the build context does not hold).
    /// </summary>
    /// <param name="files">The build context.</param>
    /// <param name="work">The files still to read: path, kind, and the file that named it (null for the first).</param>
    /// <param name="visited">The files taken so far.</param>
    /// <param name="maxFiles">The most files read.</param>
    /// <param name="tooMany">The reason given past <paramref name="maxFiles"/>.</param>
    /// <param name="verb">How a file names the next one in the reason ("loads", "imports", "names").</param>
    /// <param name="next">The file taken.</param>
    /// <param name="text">Its text.</param>
    /// <param name="unknown">Why the set is unknown, or null.</param>
    public static bool TryNext<TKind>(
        IManifestFiles files,
        Queue<(string Path, TKind Kind, string? NamedBy)> work,
        HashSet<string> visited,
        int maxFiles,
        string tooMany,
        string verb,
        out (string Path, TKind Kind, string? NamedBy) next,
        out string text,
        out InstallInputs? unknown)
    {
        text = string.Empty;
        unknown = null;
        while (work.Count > 0)
        {
            next = work.Dequeue();
            if (!visited.Add(next.Path))
            {
                continue;
            }

            if (visited.Count > maxFiles)
            {
                unknown = InstallInputs.Unknown(tooMany);
                return true;
            }

            string? read = files.ReadText(next.Path);
            if (read == null)
            {
                unknown = InstallInputs.Unknown(next.NamedBy == null
                    ? $"{next.Path} cannot be read from the build context"
                    : $"{next.NamedBy} {verb} {next.Path}, which is not in the build context");
                return true;
            }

            text = read;
            return true;
        }

        next = default;
        return false;
    }
}
