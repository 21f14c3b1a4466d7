using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests;

/// <summary>Locates the optional shared test corpus that lives next to the repository (<c>../shared/corpus</c>).</summary>
internal static class TestCorpus
{
    /// <summary>
    /// Returns the full path of the <c>shared/corpus</c> folder found by walking up from the test output
    /// directory, or <see langword="null"/> when there is none.
    /// </summary>
    /// <remarks><c>DFA_TEST_CORPUS</c>, when set, names the folder instead (empty or missing: no corpus).</remarks>
    public static string? FindCorpusDirectory()
    {
        string? given = System.Environment.GetEnvironmentVariable("DFA_TEST_CORPUS");
        if (given != null)
        {
            return given.Length > 0 && Directory.Exists(given) ? Path.GetFullPath(given) : null;
        }

        DirectoryInfo? directory = new(TestContext.CurrentContext.TestDirectory);
        while (directory is not null)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        return null;
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

    /// <summary>
    /// The real Dockerfiles of the corpus (<c>shared/corpus/real</c>, every file but its manifest) in ordinal order,
    /// with the folder; null when the corpus is absent.
    /// </summary>
    public static (string Folder, List<string> Files)? RealFiles()
    {
        string? corpus = FindCorpusDirectory();
        string? real = corpus == null ? null : Path.Combine(corpus, "real");
        if (real == null || !Directory.Exists(real))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).Equals("MANIFEST.tsv", System.StringComparison.Ordinal))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToList();
        return (real, files);
    }

    /// <summary>Returns the path of a file inside the corpus, or <see langword="null"/> when it is absent.</summary>
    public static string? FindFile(params string[] relativeParts)
    {
        string? root = FindCorpusDirectory();
        if (root is null)
        {
            return null;
        }

        string path = Path.Combine(root, Path.Combine(relativeParts));
        return File.Exists(path) ? path : null;
    }
}
