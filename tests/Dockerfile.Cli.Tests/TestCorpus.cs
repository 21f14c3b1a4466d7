using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>Locates the optional shared test corpus that lives next to the repository (<c>../shared/corpus</c>).</summary>
internal static class TestCorpus
{
    /// <summary>The full path of the <c>shared/corpus</c> folder found above the test output folder, or null.</summary>
    public static string? FindCorpusDirectory()
    {
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
    /// The real Dockerfiles listed in <c>real/MANIFEST.tsv</c>, relative to the <c>real</c> folder (many are not named
    /// <c>Dockerfile</c>, so a folder walk would find only a few), or null when the corpus is absent.
    /// </summary>
    public static (string Folder, string[] Files)? FindRealFiles()
    {
        string? root = FindCorpusDirectory();
        string? manifest = root is null ? null : Path.Combine(root, "real", "MANIFEST.tsv");
        if (manifest is null || !File.Exists(manifest))
        {
            return null;
        }

        var files = File.ReadAllLines(manifest).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).ToArray();
        return (Path.Combine(root!, "real"), files);
    }
}
