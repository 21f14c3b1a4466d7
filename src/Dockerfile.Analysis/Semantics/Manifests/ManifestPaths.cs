using System;
using System.Collections.Generic;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>Path helpers shared by the manifest readers: context-relative paths with <c>/</c> separators.</summary>
internal static class ManifestPaths
{
    /// <summary>Drops a leading <c>./</c> or <c>/</c> and cleans the path, keeping a trailing <c>/</c> (a whole folder).</summary>
    public static string NormalizeInput(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        bool folder = path.EndsWith("/", StringComparison.Ordinal);
        string normalized = GoPath.NormalizeContextPath(path);
        return folder && normalized.Length > 0 ? normalized + "/" : normalized;
    }

    /// <summary>
    /// Resolves <paramref name="reference"/> (as written in a manifest or on a command line) against the
    /// context-relative folder <paramref name="directory"/> ("" for the root). Returns <see langword="null"/> when the
    /// reference is empty, absolute, holds a variable (<c>$</c>, <c>%</c>, <c>${</c>) or a <c>~</c>, or leaves the context
    /// through <c>..</c>; "" when it names the context root.
    /// </summary>
    public static string? Resolve(string directory, string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference[0] == '/' || reference[0] == '~' || reference[0] == '\\' ||
            reference.IndexOf('$') >= 0 || reference.IndexOf('%') >= 0 || (reference.Length > 1 && reference[1] == ':'))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (string part in (directory + "/" + reference.Replace('\\', '/')).Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }

    /// <summary>The folder of a context path: "" for a file at the root.</summary>
    public static string DirectoryOf(string path)
    {
        int slash = path.TrimEnd('/').LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    /// <summary>Joins a folder and a name: <c>Combine("", "go.mod")</c> is <c>go.mod</c>.</summary>
    public static string Combine(string directory, string name) => directory.Length == 0 ? name : directory.TrimEnd('/') + "/" + name;

    /// <summary>Whether a reference holds a glob character (<c>*</c>, <c>?</c>, <c>[</c>).</summary>
    public static bool HasWildcards(string reference) => reference.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

    /// <summary>
    /// Matches a context path against a glob of <c>/</c>-separated segments, each with Go <c>filepath.Match</c> syntax,
    /// where a <c>**</c> segment matches any number of folders (none included). No recursion: a table over segments.
    /// </summary>
    public static bool GlobMatch(string pattern, string path)
    {
        string[] p = pattern.Split('/');
        string[] s = path.Split('/');

        // reachable[j]: the first i pattern segments can match the first j path segments.
        var reachable = new bool[s.Length + 1];
        reachable[0] = true;
        for (int i = 0; i < p.Length; i++)
        {
            var next = new bool[s.Length + 1];
            if (p[i] == "**")
            {
                bool any = false;
                for (int j = 0; j <= s.Length; j++)
                {
                    any |= reachable[j];
                    next[j] = any;
                }
            }
            else
            {
                for (int j = 0; j < s.Length; j++)
                {
                    if (reachable[j] && GoPath.Match(p[i], s[j], out bool bad) && !bad)
                    {
                        next[j + 1] = true;
                    }
                }
            }

            reachable = next;
        }

        return reachable[s.Length];
    }
}
