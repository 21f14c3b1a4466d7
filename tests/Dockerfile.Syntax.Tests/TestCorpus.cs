using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests;

/// <summary>
/// Finds the shared third-party corpus (<c>shared/corpus</c> beside the repository). Tests that
/// need it are ignored, with a message, in a clone that has none.
/// </summary>
public static class TestCorpus
{
    private static readonly string? s_root = Locate();

    /// <summary>The corpus folder, or null.</summary>
    public static string? Root => s_root;

    /// <summary>Ignores the calling test when the corpus is absent and returns its folder.</summary>
    public static string Require()
    {
        if (s_root == null)
        {
            Assert.Ignore("The shared corpus (../shared/corpus beside the repository) is not present in this clone; our own fixtures cover this behaviour.");
        }

        return s_root!;
    }

    /// <summary>The files of <c>real/</c>, enumerated from MANIFEST.tsv (relative paths).</summary>
    public static IReadOnlyList<string> RealFiles()
    {
        if (s_root == null)
        {
            return new List<string>();
        }

        return File.ReadAllLines(Path.Combine(s_root, "real", "MANIFEST.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t')[0])
            .ToList();
    }

    /// <summary>Reads a file as UTF-8 without stripping a byte order mark.</summary>
    public static string ReadText(string path) => new UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    private static string? Locate()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory != null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dockerfile.Analysis.sln")) || Directory.Exists(Path.Combine(directory.FullName, ".git")))
            {
                var candidate = Path.Combine(directory.Parent?.FullName ?? directory.FullName, "shared", "corpus");
                return Directory.Exists(candidate) ? candidate : null;
            }

            directory = directory.Parent;
        }

        return null;
    }
}
