using System;
using System.Collections.Generic;
using System.Linq;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>cargo fetch</c> reads: it loads the whole workspace, so the workspace root's <c>Cargo.toml</c> (found from the
/// working folder upward), every <c>[workspace] members</c> entry (globs expanded against the context, <c>exclude</c>
/// honoured), every path dependency (<c>path = "..."</c> in any dependency table, <c>[patch]</c> and <c>[replace]</c>),
/// nested, each package's <c>Cargo.toml</c>, <c>Cargo.lock</c>, and <c>.cargo/config.toml</c>, <c>rust-toolchain.toml</c>
/// from the working folder upward. Loading a package also discovers its targets: a package whose targets are not all
/// named with an explicit <c>path</c> needs <c>src/main.rs</c> or <c>src/lib.rs</c> (source code) to load, so the set is
/// unknown then, and for path dependencies outside the context, variables, and manifests that are not TOML.
/// </summary>
internal static class CargoManifestReader
{
    /// <summary>The most manifests followed.</summary>
    public const int MaxFiles = 512;

    private static readonly string[] s_targetTables = { "lib", "bin", "example", "test", "bench" };

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder cargo runs in ("" for the context root).</param>
    /// <param name="manifestPath">The <c>--manifest-path</c> value as written, or <see langword="null"/>.</param>
    public static InstallInputs Read(IManifestFiles files, string directory, string? manifestPath)
    {
        string? start = manifestPath == null ? ManifestPaths.Combine(directory, "Cargo.toml") : ManifestPaths.Resolve(directory, manifestPath);
        if (start == null || start.Length == 0)
        {
            return InstallInputs.Unknown(manifestPath != null && manifestPath.IndexOf('$') >= 0 ? $"the manifest is a variable (`{manifestPath}`)" : $"`{manifestPath}` is outside the build context");
        }

        var paths = new List<string>();
        var parsed = new Dictionary<string, List<TomlEntry>>(StringComparer.Ordinal);
        string? problem = Load(files, start, null, parsed, out var startEntries);
        if (problem != null)
        {
            return InstallInputs.Unknown(problem);
        }

        // The workspace root: this manifest when it has [workspace] (or names its root), else the nearest one above that has.
        string root = start;
        if (!HasTable(startEntries!, "workspace") && !startEntries!.Any(e => e.Table == "package" && e.Key == "workspace"))
        {
            string folder = ManifestPaths.DirectoryOf(start);
            while (folder.Length > 0)
            {
                folder = ManifestPaths.DirectoryOf(folder);
                string candidate = ManifestPaths.Combine(folder, "Cargo.toml");
                string? text = files.ReadText(candidate);
                var entries = text == null ? null : TomlReader.Read(text);
                if (entries != null && HasTable(entries, "workspace"))
                {
                    parsed[candidate] = entries;
                    root = candidate;
                    break;
                }
            }
        }

        string rootFolder = ManifestPaths.DirectoryOf(root);
        string lockFile = ManifestPaths.Combine(rootFolder, "Cargo.lock");
        if (files.FileExists(lockFile))
        {
            paths.Add(lockFile);
        }

        for (string? folder = directory; folder != null; folder = folder.Length == 0 ? null : ManifestPaths.DirectoryOf(folder))
        {
            foreach (string name in new[] { ".cargo/config.toml", ".cargo/config", "rust-toolchain.toml", "rust-toolchain" })
            {
                string path = ManifestPaths.Combine(folder, name);
                if (files.FileExists(path))
                {
                    paths.Add(path);
                }
            }
        }

        var work = new Queue<(string Path, string? NamedBy)>();
        work.Enqueue((root, null));
        if (root != start)
        {
            work.Enqueue((start, null));
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (work.Count > 0)
        {
            var (path, namedBy) = work.Dequeue();
            if (!visited.Add(path))
            {
                continue;
            }

            if (visited.Count > MaxFiles)
            {
                return InstallInputs.Unknown($"the workspace has more than {MaxFiles} packages");
            }

            problem = Load(files, path, namedBy, parsed, out var entries);
            if (problem != null)
            {
                return InstallInputs.Unknown(problem);
            }

            paths.Add(path);
            string folder = ManifestPaths.DirectoryOf(path);
            if (path == root)
            {
                problem = ReadMembers(files, entries!, path, folder, work);
                if (problem != null)
                {
                    return InstallInputs.Unknown(problem);
                }
            }

            if (HasTable(entries!, "package"))
            {
                problem = CheckTargets(entries!, path, folder);
                if (problem != null)
                {
                    return InstallInputs.Unknown(problem);
                }
            }

            foreach (var entry in entries!)
            {
                if (!IsPathDependency(entry))
                {
                    continue;
                }

                string? dependency = ManifestPaths.Resolve(folder, entry.Value!);
                if (dependency == null)
                {
                    return InstallInputs.Unknown($"{path} has a path dependency outside the build context (`{entry.Value}`)");
                }

                work.Enqueue((ManifestPaths.Combine(dependency, "Cargo.toml"), path));
            }
        }

        return InstallInputs.Known(paths);
    }

    private static string? Load(IManifestFiles files, string path, string? namedBy, Dictionary<string, List<TomlEntry>> parsed, out List<TomlEntry>? entries)
    {
        if (parsed.TryGetValue(path, out entries))
        {
            return null;
        }

        string? text = files.ReadText(path);
        if (text == null)
        {
            return namedBy == null ? $"{path} cannot be read from the build context" : $"{namedBy} names the package {ManifestPaths.DirectoryOf(path)}/, whose Cargo.toml is not in the build context";
        }

        entries = TomlReader.Read(text);
        if (entries == null)
        {
            return $"{path} is not TOML this reader understands";
        }

        parsed[path] = entries;
        return null;
    }

    // [workspace] members (globs expanded over folders holding a Cargo.toml), minus exclude.
    private static string? ReadMembers(IManifestFiles files, List<TomlEntry> entries, string path, string folder, Queue<(string, string?)> work)
    {
        var members = entries.Where(e => e.Table == "workspace" && e.Key is "members" or "default-members" && e.IsArray).SelectMany(e => e.Values).ToList();
        var excluded = new HashSet<string>(
            entries.Where(e => e.Table == "workspace" && e.Key == "exclude" && e.IsArray).SelectMany(e => e.Values)
                .Select(e => ManifestPaths.Resolve(folder, e)).Where(e => e != null).Select(e => e!),
            StringComparer.Ordinal);
        foreach (string member in members)
        {
            string? resolved = ManifestPaths.Resolve(folder, member);
            if (resolved == null)
            {
                return $"{path} has a workspace member outside the build context (`{member}`)";
            }

            if (ManifestPaths.HasWildcards(member))
            {
                foreach (string manifest in files.Match(ManifestPaths.Combine(resolved, "Cargo.toml")))
                {
                    if (!excluded.Contains(ManifestPaths.DirectoryOf(manifest)))
                    {
                        work.Enqueue((manifest, path));
                    }
                }
            }
            else if (!excluded.Contains(resolved))
            {
                work.Enqueue((ManifestPaths.Combine(resolved, "Cargo.toml"), path));
            }
        }

        return null;
    }

    // A package loads only when cargo finds its targets. Targets named with an explicit `path` are taken as written
    // (the file is not opened while loading); any other target is discovered from source files.
    private static string? CheckTargets(List<TomlEntry> entries, string path, string folder)
    {
        var explicitTargets = new Dictionary<(string, int), bool>();
        foreach (var entry in entries)
        {
            if (Array.IndexOf(s_targetTables, entry.Table) >= 0)
            {
                var key = (entry.Table, entry.TableIndex);
                explicitTargets[key] = (explicitTargets.TryGetValue(key, out bool has) && has) || (entry.Key == "path" && entry.Value != null);
            }
        }

        string src = ManifestPaths.Combine(folder, "src/");
        if (explicitTargets.Count == 0 || explicitTargets.Values.Any(v => !v))
        {
            return $"cargo fetch loads every package's targets, and {path} does not name each of them with an explicit `path`, so it needs source code such as {src}main.rs or {src}lib.rs to load";
        }

        return null;
    }

    private static bool HasTable(List<TomlEntry> entries, string table) =>
        entries.Any(e => e.Table == table || e.Table.StartsWith(table + ".", StringComparison.Ordinal));

    // `serde = { path = "../serde" }`, `[dependencies.serde] path = "..."`, `serde.path = "..."`, in dependencies,
    // dev-dependencies, build-dependencies (also under target.'cfg'.), workspace.dependencies, patch.*, replace.
    private static bool IsPathDependency(TomlEntry entry)
    {
        if (entry.Value == null)
        {
            return false;
        }

        string full = entry.Table.Length == 0 ? entry.Key : entry.Table + "." + entry.Key;
        if (!full.EndsWith(".path", StringComparison.Ordinal))
        {
            return false;
        }

        string[] parts = full.Split('.');
        foreach (string part in parts)
        {
            if (part is "dependencies" or "dev-dependencies" or "build-dependencies" or "dev_dependencies" or "build_dependencies" or "patch" or "replace")
            {
                return parts.Length >= 3;
            }
        }

        return false;
    }
}
