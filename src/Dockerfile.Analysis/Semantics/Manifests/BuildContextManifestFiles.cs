using System;
using System.Collections.Generic;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// <see cref="IManifestFiles"/> over a <see cref="BuildContext"/>: what a COPY of the context would put in the image,
/// so ignored files are absent.
/// </summary>
internal sealed class BuildContextManifestFiles : IManifestFiles
{
    private readonly BuildContext _context;

    /// <summary>Creates the view.</summary>
    public BuildContextManifestFiles(BuildContext context) => _context = context;

    /// <inheritdoc />
    public bool FileExists(string path)
    {
        string normalized = GoPath.NormalizeContextPath(path ?? string.Empty);
        return normalized.Length > 0 && _context.Exists(normalized) && !IsFolder(normalized);
    }

    /// <inheritdoc />
    public bool DirectoryExists(string path)
    {
        string normalized = GoPath.NormalizeContextPath(path ?? string.Empty);
        return normalized.Length == 0 || (IsFolder(normalized) && _context.Exists(normalized));
    }

    /// <inheritdoc />
    public string? ReadText(string path) => FileExists(path) ? _context.GetFileText(path) : null;

    /// <inheritdoc />
    public IReadOnlyList<string> Match(string pattern)
    {
        var result = new List<string>();
        string normalized = GoPath.NormalizeContextPath(pattern ?? string.Empty);
        if (normalized.Length == 0)
        {
            return result;
        }

        foreach (string segment in normalized.Split('/'))
        {
            GoPath.Match(segment, string.Empty, out bool bad);
            if (bad)
            {
                return result;
            }
        }

        foreach (string file in _context.Files)
        {
            if (ManifestPaths.GlobMatch(normalized, file) && !_context.IsIgnored(file))
            {
                result.Add(file);
            }
        }

        return result;
    }

    // A path is a folder when some file lies below it (BuildContext keeps empty folders too, which COPY creates but
    // which hold nothing to read).
    private bool IsFolder(string path)
    {
        string prefix = path + "/";
        foreach (string file in _context.Files)
        {
            if (file.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
