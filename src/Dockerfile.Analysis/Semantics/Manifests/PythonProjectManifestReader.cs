using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>pipenv install|sync</c>, <c>poetry install</c> and <c>uv sync</c> read: the project file (Pipfile or
/// pyproject.toml), its lock file and the tool's local configuration when present (poetry.toml; uv.toml and
/// .python-version for uv; .python-version for pipenv). Unknown when a dependency is a local path
/// (<c>{ path = "../lib" }</c>), which is source code, or when pyproject.toml declares a uv workspace (its members are
/// source folders).
/// </summary>
internal static class PythonProjectManifestReader
{
    private static readonly Regex PathDependency = new(
        @"^\s*(?:(?<name>[A-Za-z0-9_.\-""']+)\s*=\s*\{[^}]*\bpath\s*=\s*[""'](?<path>[^""']*)[""']|path\s*=\s*[""'](?<path>[^""']*)[""'])",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder the tool runs in ("" for the context root).</param>
    /// <param name="tool"><c>pipenv</c>, <c>poetry</c> or <c>uv</c>.</param>
    public static InstallInputs Read(IManifestFiles files, string directory, string tool)
    {
        string project = ManifestPaths.Combine(directory, tool == "pipenv" ? "Pipfile" : "pyproject.toml");
        string? text = files.ReadText(project);
        if (text == null)
        {
            return InstallInputs.Unknown($"{project} cannot be read from the build context");
        }

        var paths = new List<string> { project };
        string[] others = tool switch
        {
            "pipenv" => new[] { "Pipfile.lock", ".python-version" },
            "poetry" => new[] { "poetry.lock", "poetry.toml" },
            _ => new[] { "uv.lock", "uv.toml", ".python-version" },
        };
        foreach (string name in others)
        {
            string path = ManifestPaths.Combine(directory, name);
            if (files.FileExists(path))
            {
                paths.Add(path);
            }
        }

        if (tool == "uv" && Regex.IsMatch(text, @"^\s*\[tool\.uv\.workspace\]", RegexOptions.Multiline | RegexOptions.CultureInvariant))
        {
            return InstallInputs.Unknown($"{project} declares a uv workspace, whose members are source code");
        }

        var match = PathDependency.Match(text);
        if (match.Success)
        {
            string name = match.Groups["name"].Success ? match.Groups["name"].Value.Trim('"', '\'') : "a dependency";
            return InstallInputs.Unknown($"{project} installs {name} from the local path `{match.Groups["path"].Value}`, which is source code");
        }

        return InstallInputs.Known(paths);
    }
}
