using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>composer install</c> reads: <c>composer.json</c>, <c>composer.lock</c> and <c>auth.json</c> when present.
/// Unknown when a repository installs from the build context: a <c>path</c> repository installs (or links) the package
/// folder itself, which is source code, and an <c>artifact</c> repository reads a local folder of archives; also when the
/// merge plugin loads other <c>composer.json</c> files, or the file is not JSON.
/// </summary>
internal static class ComposerManifestReader
{
    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder Composer runs in ("" for the context root).</param>
    /// <param name="workingDir">The <c>-d</c>/<c>--working-dir</c> value as written, or <see langword="null"/>.</param>
    public static InstallInputs Read(IManifestFiles files, string directory, string? workingDir)
    {
        string? folder = workingDir == null ? directory : ManifestPaths.Resolve(directory, workingDir);
        if (folder == null)
        {
            return InstallInputs.Unknown($"the working folder `{workingDir}` is outside the build context");
        }

        string manifest = ManifestPaths.Combine(folder, "composer.json");
        string? text = files.ReadText(manifest);
        if (text == null)
        {
            return InstallInputs.Unknown($"{manifest} cannot be read from the build context");
        }

        if (!ManifestJson.TryParse(text, out object? root) || root is not Dictionary<string, object?> document)
        {
            return InstallInputs.Unknown($"{manifest} is not well-formed JSON");
        }

        if (document.TryGetValue("extra", out object? extra) && extra is Dictionary<string, object?> extras && extras.ContainsKey("merge-plugin"))
        {
            return InstallInputs.Unknown($"{manifest} merges other composer.json files (`extra.merge-plugin`)");
        }

        // repositories is a list, or an object keyed by name.
        IEnumerable<object?> repositories = document.TryGetValue("repositories", out object? value)
            ? value switch
            {
                List<object?> list => list,
                Dictionary<string, object?> named => named.Values,
                _ => Array.Empty<object?>(),
            }
            : Array.Empty<object?>();
        foreach (object? repository in repositories)
        {
            if (repository is not Dictionary<string, object?> entry || !entry.TryGetValue("type", out object? type))
            {
                continue;
            }

            string url = entry.TryGetValue("url", out object? u) && u is string s ? s : "?";
            if (type is "path")
            {
                return InstallInputs.Unknown($"composer.json's `path` repository `{url}` installs that folder, which is source code");
            }

            if (type is "artifact")
            {
                return InstallInputs.Unknown($"composer.json's `artifact` repository reads the local folder `{url}`");
            }
        }

        var paths = new List<string> { manifest };
        foreach (string name in new[] { "composer.lock", "auth.json" })
        {
            string path = ManifestPaths.Combine(folder, name);
            if (files.FileExists(path))
            {
                paths.Add(path);
            }
        }

        return InstallInputs.Known(paths);
    }
}
