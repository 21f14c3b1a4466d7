using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>npm ci</c>/<c>npm install</c>, <c>yarn</c>, <c>pnpm install</c> and <c>bun install</c> read: package.json,
/// the tool's lock file and configuration files when present (.npmrc, npm-shrinkwrap.json, .yarnrc, .yarnrc.yml,
/// pnpm-workspace.yaml, .pnpmfile.cjs, bunfig.toml), every workspace's package.json (package.json
/// <c>workspaces</c> as an array or <c>{"packages": [...]}</c>, or pnpm-workspace.yaml <c>packages</c>; globs over
/// folders expanded against the context, <c>!</c> patterns excluded), Yarn 2+'s <c>yarnPath</c> and plugins from
/// .yarnrc.yml, the .yarn/releases, .yarn/plugins, .yarn/patches and .yarn/cache folders and .pnp.cjs/.pnp.loader.mjs
/// when present, pnpm's <c>patchedDependencies</c> files, and local <c>file:</c> tarballs.
/// Unknown when a package runs an install-time script (preinstall, install, postinstall, prepare) and the command does
/// not pass <c>--ignore-scripts</c>, when a dependency is a local folder (<c>file:</c>, <c>link:</c>, <c>portal:</c> or a
/// path), or when a referenced file or workspace is missing or outside the context.
/// </summary>
internal static class JavaScriptManifestReader
{
    /// <summary>The most workspaces followed.</summary>
    public const int MaxWorkspaces = 256;

    private static readonly string[] InstallScripts = { "preinstall", "install", "postinstall", "preprepare", "prepare", "postprepare" };

    private static readonly string[] DependencyFields = { "dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "resolutions", "overrides" };

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder the tool runs in ("" for the context root).</param>
    /// <param name="tool"><c>npm</c>, <c>yarn</c>, <c>pnpm</c> or <c>bun</c>.</param>
    /// <param name="ignoreScripts">Whether the command passes <c>--ignore-scripts</c> (install scripts do not run).</param>
    public static InstallInputs Read(IManifestFiles files, string directory, string tool, bool ignoreScripts)
    {
        var paths = new List<string>();
        string rootManifest = ManifestPaths.Combine(directory, "package.json");
        string? rootText = files.ReadText(rootManifest);
        if (rootText == null)
        {
            return InstallInputs.Unknown($"{rootManifest} cannot be read from the build context");
        }

        if (!ManifestJson.TryParse(rootText, out object? root) || root is not Dictionary<string, object?>)
        {
            return InstallInputs.Unknown($"{rootManifest} is not valid JSON");
        }

        paths.Add(rootManifest);
        foreach (string name in ToolFiles(tool))
        {
            AddIfPresent(files, ManifestPaths.Combine(directory, name), paths);
        }

        // Workspaces: package.json for npm, yarn and bun; pnpm-workspace.yaml for pnpm.
        IReadOnlyList<string> patterns;
        string patternSource;
        YamlMappingNode? pnpmWorkspace = null;
        if (tool == "pnpm")
        {
            string workspaceFile = ManifestPaths.Combine(directory, "pnpm-workspace.yaml");
            pnpmWorkspace = files.ReadText(workspaceFile) is { } yaml ? ManifestYaml.Load(yaml) : null;
            patterns = ManifestYaml.Scalars(ManifestYaml.Node(pnpmWorkspace, "packages"));
            patternSource = workspaceFile;
            if (Patched(ManifestYaml.Node(pnpmWorkspace, "patchedDependencies") is YamlMappingNode map ? map.Children.Values.OfType<YamlScalarNode>().Select(v => v.Value ?? string.Empty) : Array.Empty<string>(), files, directory, workspaceFile, paths) is { } problem)
            {
                return InstallInputs.Unknown(problem);
            }
        }
        else
        {
            object? workspaces = ManifestJson.Get(root, "workspaces");
            patterns = workspaces is List<object?> ? ManifestJson.Strings(workspaces) : ManifestJson.Strings(ManifestJson.Get(workspaces, "packages"));
            patternSource = rootManifest;
        }

        var packages = new List<(string Manifest, object Json)> { (rootManifest, root!) };
        var expanded = ExpandWorkspaces(files, directory, patterns, patternSource, out string? workspaceProblem);
        if (workspaceProblem != null)
        {
            return InstallInputs.Unknown(workspaceProblem);
        }

        foreach (string manifest in expanded)
        {
            if (manifest == rootManifest)
            {
                continue;
            }

            string? text = files.ReadText(manifest);
            if (text == null || !ManifestJson.TryParse(text, out object? json) || json is not Dictionary<string, object?>)
            {
                return InstallInputs.Unknown($"{manifest} is not valid JSON");
            }

            paths.Add(manifest);
            packages.Add((manifest, json!));
        }

        foreach (var (manifest, json) in packages)
        {
            if (!ignoreScripts)
            {
                foreach (string script in InstallScripts)
                {
                    if (ManifestJson.Get(ManifestJson.Get(json, "scripts"), script) is string command)
                    {
                        return InstallInputs.Unknown($"{manifest} runs a `{script}` script (`{Shorten(command)}`), which may need the source");
                    }
                }
            }

            string folder = ManifestPaths.DirectoryOf(manifest);
            foreach (string field in DependencyFields)
            {
                foreach (var dependency in ManifestJson.StringProperties(ManifestJson.Get(json, field)))
                {
                    if (LocalDependency(files, folder, manifest, dependency.Key, dependency.Value, paths) is { } problem)
                    {
                        return InstallInputs.Unknown(problem);
                    }
                }
            }

            var patched = ManifestJson.StringProperties(ManifestJson.Get(ManifestJson.Get(json, "pnpm"), "patchedDependencies")).Select(p => p.Value);
            if (tool == "pnpm" && Patched(patched, files, folder, manifest, paths) is { } patchProblem)
            {
                return InstallInputs.Unknown(patchProblem);
            }
        }

        if (tool == "yarn" && YarnBerry(files, directory, paths) is { } yarnProblem)
        {
            return InstallInputs.Unknown(yarnProblem);
        }

        return InstallInputs.Known(paths);
    }

    private static IEnumerable<string> ToolFiles(string tool) => tool switch
    {
        "npm" => new[] { "package-lock.json", "npm-shrinkwrap.json", ".npmrc" },
        "yarn" => new[] { "yarn.lock", ".yarnrc", ".yarnrc.yml", ".npmrc", ".pnp.cjs", ".pnp.loader.mjs", ".yarn/install-state.gz" },
        "pnpm" => new[] { "pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc", ".pnpmfile.cjs" },
        "bun" => new[] { "bun.lock", "bun.lockb", "bunfig.toml", ".npmrc" },
        _ => Array.Empty<string>(),
    };

    // Workspace globs (relative to the folder of the file naming them) to the package.json of each workspace.
    private static List<string> ExpandWorkspaces(IManifestFiles files, string directory, IReadOnlyList<string> patterns, string source, out string? problem)
    {
        problem = null;
        var result = new List<string>();
        var excludes = new List<string>();
        foreach (string raw in patterns)
        {
            bool negated = raw.StartsWith("!", StringComparison.Ordinal);
            string pattern = (negated ? raw.Substring(1) : raw).Trim().TrimEnd('/');
            string? resolved = pattern.Length == 0 ? null : ManifestPaths.Resolve(directory, pattern);
            if (resolved == null)
            {
                problem = $"{source} lists the workspace `{raw}`, which is outside the build context";
                return result;
            }

            if (negated)
            {
                excludes.Add(resolved);
            }
            else if (ManifestPaths.HasWildcards(resolved))
            {
                foreach (string manifest in files.Match(resolved + "/package.json"))
                {
                    if (manifest.IndexOf("node_modules/", StringComparison.Ordinal) < 0)
                    {
                        result.Add(manifest);
                    }
                }
            }
            else
            {
                string manifest = ManifestPaths.Combine(resolved, "package.json");
                if (!files.FileExists(manifest))
                {
                    problem = $"{source} lists the workspace `{raw}`, which has no package.json in the build context";
                    return result;
                }

                result.Add(manifest);
            }

            if (result.Count > MaxWorkspaces)
            {
                problem = $"{source} lists more than {MaxWorkspaces} workspaces";
                return result;
            }
        }

        result.RemoveAll(m => excludes.Any(e => ManifestPaths.GlobMatch(e, ManifestPaths.DirectoryOf(m))));
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    // A dependency on a local file or folder: a tarball is added; a folder is source code.
    private static string? LocalDependency(IManifestFiles files, string folder, string manifest, string name, string spec, List<string> paths)
    {
        string? target = null;
        foreach (string protocol in new[] { "file:", "link:", "portal:" })
        {
            if (spec.StartsWith(protocol, StringComparison.Ordinal))
            {
                target = spec.Substring(protocol.Length);
                if (protocol != "file:")
                {
                    return $"{manifest} depends on the local folder `{spec}` ({name}), which is source code";
                }
            }
        }

        if (target == null && (spec.StartsWith("./", StringComparison.Ordinal) || spec.StartsWith("../", StringComparison.Ordinal) || spec.StartsWith("/", StringComparison.Ordinal) || spec.StartsWith("~/", StringComparison.Ordinal)))
        {
            target = spec;
        }

        if (target == null)
        {
            return null;
        }

        if (target.StartsWith("//", StringComparison.Ordinal))
        {
            target = target.Substring(2);
        }

        string? path = ManifestPaths.Resolve(folder, target);
        if (path == null || path.Length == 0)
        {
            return $"{manifest} depends on `{spec}` ({name}), which is outside the build context";
        }

        if (files.FileExists(path) && (path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase)))
        {
            paths.Add(path);
            return null;
        }

        return files.FileExists(path) || files.DirectoryExists(path)
            ? $"{manifest} depends on the local folder `{spec}` ({name}), which is source code"
            : $"{manifest} depends on `{spec}` ({name}), which is not in the build context";
    }

    private static string? Patched(IEnumerable<string> patches, IManifestFiles files, string folder, string source, List<string> paths)
    {
        foreach (string patch in patches)
        {
            string? path = ManifestPaths.Resolve(folder, patch);
            if (path == null || !files.FileExists(path))
            {
                return $"{source} patches a dependency with `{patch}`, which is not in the build context";
            }

            paths.Add(path);
        }

        return null;
    }

    // Yarn 2+: yarnPath and plugins from .yarnrc.yml, and the .yarn folders the install reads when present.
    private static string? YarnBerry(IManifestFiles files, string directory, List<string> paths)
    {
        string rc = ManifestPaths.Combine(directory, ".yarnrc.yml");
        if (files.ReadText(rc) is { } text)
        {
            var map = ManifestYaml.Load(text);
            if (ManifestYaml.Scalar(map, "yarnPath") is { Length: > 0 } yarnPath)
            {
                string? path = ManifestPaths.Resolve(directory, yarnPath);
                if (path == null || !files.FileExists(path))
                {
                    return $"{rc} sets yarnPath to `{yarnPath}`, which is not in the build context";
                }

                paths.Add(path);
            }

            if (ManifestYaml.Node(map, "plugins") is YamlSequenceNode plugins)
            {
                foreach (var plugin in plugins.Children)
                {
                    string? pluginPath = plugin is YamlScalarNode scalar ? scalar.Value : ManifestYaml.Scalar(plugin as YamlMappingNode, "path");
                    if (string.IsNullOrEmpty(pluginPath))
                    {
                        continue;
                    }

                    string? path = ManifestPaths.Resolve(directory, pluginPath!);
                    if (path == null || !files.FileExists(path))
                    {
                        return $"{rc} loads the plugin `{pluginPath}`, which is not in the build context";
                    }

                    paths.Add(path);
                }
            }
        }

        foreach (string folder in new[] { ".yarn/releases", ".yarn/plugins", ".yarn/patches", ".yarn/cache" })
        {
            string path = ManifestPaths.Combine(directory, folder);
            if (files.DirectoryExists(path))
            {
                paths.Add(path + "/");
            }
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

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37).TrimEnd() + "...";
}
