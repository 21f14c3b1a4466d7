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
            Skip("the shared corpus (shared/corpus beside the repository or above it) is not present; our own fixtures cover this behaviour");
        }

        return s_root!;
    }

    /// <summary>
    /// Ignores the calling test and says why on <see cref="TestContext.Error"/>, which <c>dotnet test</c> prints at its
    /// default verbosity (an ignored test's reason, and <c>TestContext.Progress</c>, show only from normal verbosity up).
    /// </summary>
    public static void Skip(string reason)
    {
        TestContext.Error.WriteLine($"Skipped {TestContext.CurrentContext.Test.FullName}: {reason}");
        Assert.Ignore(reason);
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

    /// <summary>
    /// <c>DFA_TEST_CORPUS</c> when it is set (a folder; empty or missing means no corpus), else the first
    /// <c>shared/corpus</c> folder beside the repository or one of the folders above it (a worktree may sit deeper).
    /// </summary>
    private static string? Locate()
    {
        string? given = System.Environment.GetEnvironmentVariable("DFA_TEST_CORPUS");
        if (given != null)
        {
            return given.Length > 0 && Directory.Exists(given) ? Path.GetFullPath(given) : null;
        }

        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory != null)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        return null;
    }
}
