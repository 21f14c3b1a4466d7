using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>The before/after and no-fix fixtures under <c>Fixtures/Fixes/&lt;ID&gt;/</c>, read from the source tree.</summary>
internal static class FixFixtures
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    /// <summary>True when <c>UPDATE_BASELINES=1</c> and not on CI (<c>CI=true</c> always compares).</summary>
    public static bool Update =>
        Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the folder of the fix fixtures.</summary>
    public static string Directory { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "Fixtures", "Fixes"));

    /// <summary>Gets the fixture files with a given suffix, as (rule id, name, path), in order.</summary>
    public static IEnumerable<(string Id, string Name, string Path)> Files(string suffix) =>
        System.IO.Directory.EnumerateFiles(Directory, "*" + suffix, SearchOption.AllDirectories)
            .Select(p => (Id: System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(p)!), Name: System.IO.Path.GetFileName(p)[..^suffix.Length], Path: p))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>
    /// Every rule on, with the fixture's build context when a folder <c>&lt;name&gt;.context/</c> lies beside it.
    /// </summary>
    public static AnalysisOptions OptionsFor(string path, string suffix) =>
        CodeFixVerifier.WithContext(ContextFor(path, suffix));

    /// <summary>The fixture's build context (<c>&lt;name&gt;.context/</c>), or null.</summary>
    public static Dockerfile.Analysis.Context.BuildContext? ContextFor(string path, string suffix)
    {
        string folder = ContextFolder(path, suffix);
        return System.IO.Directory.Exists(folder) ? Dockerfile.Analysis.Context.BuildContext.FromDirectory(folder) : null;
    }

    /// <summary>The folder <c>&lt;name&gt;.context/</c> of a fixture (it may not exist).</summary>
    public static string ContextFolder(string path, string suffix) => path[..^suffix.Length] + ".context";

    /// <summary>Reads a fixture with LF line endings, then converts them to the wanted ones.</summary>
    public static string Read(string path, string eol) =>
        File.ReadAllText(path, s_utf8).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", eol, StringComparison.Ordinal);

    /// <summary>Writes a baseline.</summary>
    public static void Write(string path, string content) => File.WriteAllBytes(path, s_utf8.GetBytes(content));

    // The source folder, found from the repository root: [CallerFilePath] is a mapped path ("/_/...") in
    // deterministic CI builds.
    private static string SourceDirectory() =>
        System.IO.Path.Combine(Dockerfile.Analysis.Tests.Catalog.RuleDocs.RepositoryRoot, "tests", "Dockerfile.Analysis.Tests", "CodeFixes");
}
