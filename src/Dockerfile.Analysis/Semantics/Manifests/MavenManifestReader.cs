using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What a Maven dependency resolution (<c>mvn dependency:go-offline</c>, <c>./mvnw dependency:resolve</c>) reads: the
/// project's <c>pom.xml</c> (or the <c>-f</c> file), every module's POM listed in <c>&lt;modules&gt;</c> (and in
/// profiles, and Maven 4's <c>&lt;subprojects&gt;</c>), nested, each parent POM its <c>&lt;parent&gt;</c>'s
/// <c>relativePath</c> finds inside the context, the <c>.mvn/</c> folder (<c>maven.config</c>, <c>jvm.config</c>,
/// <c>extensions.xml</c>, the wrapper's files) when present, <c>mvnw</c> for the wrapper, and a <c>-s</c> settings file.
/// Unknown when a module is named through a property (<c>${...}</c>), lies outside the context or has no POM there, or a
/// POM is not well-formed XML.
/// </summary>
internal static class MavenManifestReader
{
    /// <summary>The most POM files followed.</summary>
    public const int MaxFiles = 256;

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder Maven runs in ("" for the context root).</param>
    /// <param name="pomFile">The <c>-f</c>/<c>--file</c> value as written (a POM or its folder), or <see langword="null"/>.</param>
    /// <param name="wrapper">Whether the command is <c>./mvnw</c> (the script and <c>.mvn/wrapper/</c> are read).</param>
    /// <param name="settingsFiles">The <c>-s</c>/<c>-gs</c>/<c>-t</c> files as written.</param>
    public static InstallInputs Read(IManifestFiles files, string directory, string? pomFile, bool wrapper, IReadOnlyList<string> settingsFiles)
    {
        var paths = new List<string>();
        string? root = pomFile == null ? ManifestPaths.Combine(directory, "pom.xml") : ManifestPaths.Resolve(directory, pomFile);
        if (root == null || root.Length == 0)
        {
            return InstallInputs.Unknown(pomFile != null && pomFile.IndexOf('$') >= 0 ? $"the POM is a variable (`{pomFile}`)" : $"`{pomFile}` is outside the build context");
        }

        if (files.DirectoryExists(root) && !files.FileExists(root))
        {
            root = ManifestPaths.Combine(root, "pom.xml");
        }

        foreach (string settings in settingsFiles)
        {
            string? path = ManifestPaths.Resolve(directory, settings);
            if (path == null || path.Length == 0 || !files.FileExists(path))
            {
                return InstallInputs.Unknown($"the settings file `{settings}` is not in the build context");
            }

            paths.Add(path);
        }

        if (wrapper)
        {
            string script = ManifestPaths.Combine(directory, "mvnw");
            if (files.FileExists(script))
            {
                paths.Add(script);
            }
        }

        // The .mvn folder of the top project: Maven looks for it from the POM's folder upward.
        for (string? folder = ManifestPaths.DirectoryOf(root); folder != null; folder = folder.Length == 0 ? null : ManifestPaths.DirectoryOf(folder))
        {
            string mvn = ManifestPaths.Combine(folder, ".mvn");
            if (files.DirectoryExists(mvn))
            {
                paths.Add(mvn + "/");
                break;
            }
        }

        // (path, follow its modules, who named it): parents are read but their modules are not built.
        var work = new Queue<(string Path, bool Modules, string? NamedBy)>();
        work.Enqueue((root, true, null));
        var visited = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (work.Count > 0)
        {
            var (path, modules, namedBy) = work.Dequeue();
            if (visited.TryGetValue(path, out bool seenWithModules) && (seenWithModules || !modules))
            {
                continue;
            }

            visited[path] = modules || seenWithModules;
            if (visited.Count > MaxFiles)
            {
                return InstallInputs.Unknown($"the project has more than {MaxFiles} POM files");
            }

            string? text = files.ReadText(path);
            if (text == null)
            {
                if (!modules)
                {
                    // A parent that is not in the context comes from the repository, as without the fix.
                    visited.Remove(path);
                    continue;
                }

                return InstallInputs.Unknown(namedBy == null
                    ? $"{path} cannot be read from the build context"
                    : $"{namedBy} lists the module {path}, which is not in the build context");
            }

            var document = ManifestXml.Load(text);
            if (document?.Root == null || !ManifestXml.Is(document.Root, "project"))
            {
                return InstallInputs.Unknown($"{path} is not a well-formed POM");
            }

            paths.Add(path);
            string folder = ManifestPaths.DirectoryOf(path);
            var project = document.Root;

            var parent = Child(project, "parent");
            if (parent != null)
            {
                var relative = Child(parent, "relativePath");
                string reference = relative == null ? "../pom.xml" : relative.Value.Trim();
                if (reference.Length > 0 && reference.IndexOf("${", StringComparison.Ordinal) < 0)
                {
                    string? parentPath = ManifestPaths.Resolve(folder, reference);
                    if (parentPath != null && parentPath.Length > 0)
                    {
                        if (files.DirectoryExists(parentPath) && !files.FileExists(parentPath))
                        {
                            parentPath = ManifestPaths.Combine(parentPath, "pom.xml");
                        }

                        if (files.FileExists(parentPath))
                        {
                            work.Enqueue((parentPath, false, path));
                        }
                    }
                }
            }

            if (!modules)
            {
                continue;
            }

            foreach (string module in Modules(project))
            {
                if (module.IndexOf("${", StringComparison.Ordinal) >= 0)
                {
                    return InstallInputs.Unknown($"{path} names a module through a property (`{module}`)");
                }

                string? modulePath = ManifestPaths.Resolve(folder, module);
                if (modulePath == null || modulePath.Length == 0)
                {
                    return InstallInputs.Unknown($"{path} lists the module `{module}`, which is outside the build context");
                }

                if (!modulePath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || files.DirectoryExists(modulePath))
                {
                    modulePath = ManifestPaths.Combine(modulePath, "pom.xml");
                }

                work.Enqueue((modulePath, true, path));
            }
        }

        return InstallInputs.Known(paths);
    }

    // <modules><module> of the project and of every profile; Maven 4's <subprojects><subproject> too.
    private static IEnumerable<string> Modules(XElement project)
    {
        var containers = new List<XElement> { project };
        var profiles = Child(project, "profiles");
        if (profiles != null)
        {
            containers.AddRange(profiles.Elements().Where(e => ManifestXml.Is(e, "profile")));
        }

        foreach (var container in containers)
        {
            foreach (var (list, item) in new[] { ("modules", "module"), ("subprojects", "subproject") })
            {
                var element = Child(container, list);
                if (element == null)
                {
                    continue;
                }

                foreach (var module in element.Elements().Where(e => ManifestXml.Is(e, item)))
                {
                    string name = module.Value.Trim();
                    if (name.Length > 0)
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    private static XElement? Child(XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => ManifestXml.Is(e, localName));
}
