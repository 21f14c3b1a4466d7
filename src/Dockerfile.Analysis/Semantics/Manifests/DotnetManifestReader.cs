using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>dotnet restore</c> reads: the solution (<c>.sln</c> text, <c>.slnx</c> XML) or project it is given, or the
/// one it finds in the folder; every project the solution lists and every <c>&lt;ProjectReference&gt;</c>, nested (restore
/// follows them); the files they <c>&lt;Import&gt;</c> from the context; each project's <c>packages.lock.json</c>; and,
/// from each project's folder (and the solution's, and the working folder) up to the context root,
/// <c>Directory.Build.props</c>, <c>Directory.Build.targets</c>, <c>Directory.Packages.props</c>, <c>NuGet.config</c>
/// and <c>global.json</c>. Unknown when a path holds an MSBuild property (<c>$(...)</c>) or a wildcard, leaves the
/// context, names a file the context does not hold, or a file is not well-formed XML.
/// </summary>
internal static class DotnetManifestReader
{
    /// <summary>The most project and MSBuild files followed.</summary>
    public const int MaxFiles = 512;

    /// <summary>The files restore finds upward of a project, in the casings the context may hold.</summary>
    private static readonly string[] s_upwardFiles =
    {
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "NuGet.config", "nuget.config",
        "NuGet.Config", "global.json",
    };

    private static readonly Regex s_slnProject = new(
        @"^\s*Project\(""\{(?<type>[0-9A-Fa-f-]+)\}""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]*)""",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    private static readonly Regex s_pathAbove = new(
        @"^\$\(\[MSBuild\]::GetPathOfFileAbove\(\s*'?(?<name>[A-Za-z.]+)'?\s*,\s*'?\$\(MSBuildThisFileDirectory\)\.\.[\\/]?'?\s*\)\)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private const string SolutionFolderType = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

    private enum Kind
    {
        Solution,
        Slnx,
        Project,
        Imported,
    }

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder <c>dotnet restore</c> runs in ("" for the context root).</param>
    /// <param name="target">The project, solution or folder argument as written, or <see langword="null"/>.</param>
    /// <param name="configFile">The <c>--configfile</c> value as written, or <see langword="null"/>.</param>
    public static InstallInputs Read(IManifestFiles files, string directory, string? target, string? configFile)
    {
        try
        {
            return ReadCore(files, directory, target, configFile);
        }
        catch (RegexMatchTimeoutException)
        {
            return InstallInputs.Unknown("its manifests took too long to read");
        }
    }

    private static InstallInputs ReadCore(IManifestFiles files, string directory, string? target, string? configFile)
    {
        var paths = new List<string>();
        if (configFile != null)
        {
            string? config = ManifestPaths.Resolve(directory, configFile);
            if (config == null || config.Length == 0 || !files.FileExists(config))
            {
                return InstallInputs.Unknown($"the NuGet configuration `{configFile}` is not in the build context");
            }

            paths.Add(config);
        }

        string? start = target == null ? directory : ManifestPaths.Resolve(directory, target);
        if (start == null)
        {
            return InstallInputs.Unknown(target!.IndexOf('$') >= 0 ? $"the project is a variable (`{target}`)" : $"`{target}` is outside the build context");
        }

        if (!files.FileExists(start))
        {
            string? found = FindInFolder(files, start, out string? problem);
            if (found == null)
            {
                return InstallInputs.Unknown(problem!);
            }

            start = found;
        }

        AddUpward(files, directory, paths);
        var work = new Queue<(string Path, Kind Kind, string? NamedBy)>();
        work.Enqueue((start, KindOf(start), null));
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (ManifestWalk.TryNext(files, work, visited, MaxFiles, $"the restore reads more than {MaxFiles} project files", "names", out var next, out string text, out var unknown))
        {
            if (unknown != null)
            {
                return unknown;
            }

            var (path, kind, _) = next;
            paths.Add(path);
            string folder = ManifestPaths.DirectoryOf(path);
            if (kind != Kind.Imported)
            {
                AddUpward(files, folder, paths);
            }

            if (kind == Kind.Project)
            {
                string lockFile = ManifestPaths.Combine(folder, "packages.lock.json");
                if (files.FileExists(lockFile))
                {
                    paths.Add(lockFile);
                }
            }

            string? problem = kind == Kind.Solution ? ReadSolution(text, path, folder, work) : ReadXml(files, text, path, folder, kind, work);
            if (problem != null)
            {
                return InstallInputs.Unknown(problem);
            }
        }

        // The Directory.*.props/targets found upward are MSBuild files too: their imports are followed.
        var imported = new Queue<(string Path, Kind Kind, string? NamedBy)>();
        foreach (string path in paths.ToArray())
        {
            string name = path.Substring(path.LastIndexOf('/') + 1);
            if (name.StartsWith("Directory.", StringComparison.Ordinal) && !visited.Contains(path))
            {
                imported.Enqueue((path, Kind.Imported, null));
            }
        }

        while (ManifestWalk.TryNext(files, imported, visited, MaxFiles, $"the restore reads more than {MaxFiles} project files", "imports", out var next, out string text, out var unknown))
        {
            if (unknown != null)
            {
                return unknown;
            }

            var (path, kind, _) = next;
            paths.Add(path);
            string? problem = ReadXml(files, text, path, ManifestPaths.DirectoryOf(path), kind, imported);
            if (problem != null)
            {
                return InstallInputs.Unknown(problem);
            }
        }

        return InstallInputs.Known(paths);
    }

    // The one solution or project file of a folder, as MSBuild picks it.
    private static string? FindInFolder(IManifestFiles files, string folder, out string? problem)
    {
        problem = null;
        if (!files.DirectoryExists(folder))
        {
            problem = $"{(folder.Length == 0 ? "the build context" : folder)} holds no project or solution file";
            return null;
        }

        var solutions = files.Match(ManifestPaths.Combine(folder, "*.sln")).Concat(files.Match(ManifestPaths.Combine(folder, "*.slnx"))).ToList();
        var projects = files.Match(ManifestPaths.Combine(folder, "*.*proj")).ToList();
        string where = folder.Length == 0 ? "the build context's root" : folder + "/";
        if (solutions.Count == 1 && (projects.Count == 0 || (projects.Count == 1 && BaseName(projects[0]) == BaseName(solutions[0]))))
        {
            return solutions[0];
        }

        if (solutions.Count == 0 && projects.Count == 1)
        {
            return projects[0];
        }

        problem = solutions.Count + projects.Count == 0
            ? $"{where} holds no project or solution file"
            : $"{where} holds several project or solution files, and `dotnet restore` is not told which";
        return null;
    }

    private static string BaseName(string path)
    {
        string name = path.Substring(path.LastIndexOf('/') + 1);
        int dot = name.LastIndexOf('.');
        return dot < 0 ? name : name.Substring(0, dot);
    }

    private static Kind KindOf(string path) =>
        path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) ? Kind.Solution
        : path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) ? Kind.Slnx
        : Kind.Project;

    private static void AddUpward(IManifestFiles files, string folder, List<string> paths)
    {
        for (string? current = folder; current != null; current = current.Length == 0 ? null : ManifestPaths.DirectoryOf(current))
        {
            foreach (string name in s_upwardFiles)
            {
                string path = ManifestPaths.Combine(current, name);
                if (files.FileExists(path))
                {
                    paths.Add(path);
                }
            }
        }
    }

    private static string? ReadSolution(string text, string path, string folder, Queue<(string, Kind, string?)> work)
    {
        foreach (Match match in s_slnProject.Matches(text))
        {
            if (string.Equals(match.Groups["type"].Value, SolutionFolderType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string? problem = EnqueueProject(match.Groups["path"].Value, path, folder, work);
            if (problem != null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? EnqueueProject(string reference, string path, string folder, Queue<(string, Kind, string?)> work)
    {
        if (reference.IndexOf("$(", StringComparison.Ordinal) >= 0 || ManifestPaths.HasWildcards(reference))
        {
            return $"{path} names a project through an MSBuild property or a wildcard (`{reference}`)";
        }

        // Only MSBuild projects are restored (a solution may list a website folder or other items).
        if (!reference.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? project = ManifestPaths.Resolve(folder, reference);
        if (project == null || project.Length == 0)
        {
            return $"{path} names `{reference}`, which is outside the build context";
        }

        work.Enqueue((project, Kind.Project, path));
        return null;
    }

    // A project, an imported MSBuild file or a .slnx solution.
    private static string? ReadXml(IManifestFiles files, string text, string path, string folder, Kind kind, Queue<(string, Kind, string?)> work)
    {
        var document = ManifestXml.Load(text);
        if (document?.Root == null)
        {
            return $"{path} is not well-formed XML";
        }

        if (kind == Kind.Slnx)
        {
            foreach (var element in document.Root.DescendantsAndSelf().Where(e => ManifestXml.Is(e, "Project")))
            {
                string? reference = (string?)element.Attribute("Path");
                if (reference != null)
                {
                    string? problem = EnqueueProject(reference, path, folder, work);
                    if (problem != null)
                    {
                        return problem;
                    }
                }
            }

            return null;
        }

        foreach (var element in document.Root.Descendants())
        {
            if (ManifestXml.Is(element, "ProjectReference"))
            {
                string? include = (string?)element.Attribute("Include");
                if (include == null)
                {
                    continue;
                }

                foreach (string reference in include.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    string trimmed = Substitute(reference.Trim());
                    if (trimmed.Length == 0)
                    {
                        continue;
                    }

                    string? problem = EnqueueProject(trimmed, path, folder, work);
                    if (problem != null)
                    {
                        return problem;
                    }
                }
            }
            else if (ManifestXml.Is(element, "Import"))
            {
                string? problem = ReadImport(files, element, path, folder, work);
                if (problem != null)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static string? ReadImport(IManifestFiles files, XElement element, string path, string folder, Queue<(string, Kind, string?)> work)
    {
        string? project = (string?)element.Attribute("Project");
        if (project == null || element.Attribute("Sdk") != null)
        {
            return null;
        }

        project = project.Trim();
        var above = s_pathAbove.Match(project);
        if (above.Success)
        {
            // The next Directory.Build.props (or .targets) above: those are all read already.
            return s_upwardFiles.Contains(above.Groups["name"].Value, StringComparer.Ordinal)
                ? null
                : $"{path} imports a file found through an MSBuild function (`{project}`)";
        }

        string reference = Substitute(project);
        if (reference.IndexOf("$(", StringComparison.Ordinal) >= 0 || ManifestPaths.HasWildcards(reference))
        {
            // An import with a condition (usually Exists(...)) of a file the context does not define is not read from it.
            if (element.Attribute("Condition") != null || IsToolsetImport(reference))
            {
                return null;
            }

            return $"{path} imports a file named through an MSBuild property (`{project}`)";
        }

        string? imported = ManifestPaths.Resolve(folder, reference);
        if (imported == null || imported.Length == 0)
        {
            return element.Attribute("Condition") != null ? null : $"{path} imports `{project}`, which is outside the build context";
        }

        if (!files.FileExists(imported) && element.Attribute("Condition") != null)
        {
            return null;
        }

        work.Enqueue((imported, Kind.Imported, path));
        return null;
    }

    // Imports of the SDK or the toolset installed in the image, not of the build context.
    private static bool IsToolsetImport(string reference) =>
        reference.StartsWith("$(MSBuildExtensionsPath", StringComparison.Ordinal) || reference.StartsWith("$(MSBuildToolsPath", StringComparison.Ordinal) ||
        reference.StartsWith("$(MSBuildBinPath", StringComparison.Ordinal) || reference.StartsWith("$(VSToolsPath", StringComparison.Ordinal) ||
        reference.StartsWith("$(MSBuildSDKsPath", StringComparison.Ordinal);

    // $(MSBuildThisFileDirectory) is the file's own folder: a reference starting with it is relative to that folder.
    private static string Substitute(string reference)
    {
        const string property = "$(MSBuildThisFileDirectory)";
        return reference.StartsWith(property, StringComparison.OrdinalIgnoreCase) ? reference.Substring(property.Length) : reference;
    }
}
