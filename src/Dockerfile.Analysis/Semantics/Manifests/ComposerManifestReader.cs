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

        var values = FlatJsonReader.Read(text);
        if (values == null)
        {
            return InstallInputs.Unknown($"{manifest} is not well-formed JSON");
        }

        // repositories is a list, or an object keyed by name: repositories[0].type, repositories.local.type.
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in values)
        {
            if (!pair.Key.StartsWith("repositories", StringComparison.Ordinal))
            {
                if (pair.Key.StartsWith("extra.merge-plugin.", StringComparison.Ordinal))
                {
                    return InstallInputs.Unknown($"{manifest} merges other composer.json files (`extra.merge-plugin`)");
                }

                continue;
            }

            if (pair.Key.EndsWith(".type", StringComparison.Ordinal))
            {
                types[pair.Key.Substring(0, pair.Key.Length - 5)] = pair.Value;
            }
            else if (pair.Key.EndsWith(".url", StringComparison.Ordinal))
            {
                urls[pair.Key.Substring(0, pair.Key.Length - 4)] = pair.Value;
            }
        }

        foreach (var pair in types)
        {
            urls.TryGetValue(pair.Key, out string? url);
            if (pair.Value == "path")
            {
                return InstallInputs.Unknown($"composer.json's `path` repository `{url}` installs that folder, which is source code");
            }

            if (pair.Value == "artifact")
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
