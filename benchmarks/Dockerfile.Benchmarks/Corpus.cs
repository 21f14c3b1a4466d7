using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Dockerfile.Benchmarks;

/// <summary>Reads the shared corpus (<c>shared/corpus</c> beside the repository), if present.</summary>
public static class Corpus
{
    /// <summary>The texts of <c>real/</c>, or an empty list when the corpus is absent.</summary>
    public static List<string> LoadRealFiles()
    {
        string? root = Locate();
        if (root == null)
        {
            Console.Error.WriteLine("The shared corpus is not present; corpus benchmarks measure nothing.");
            return new List<string>();
        }

        return File.ReadAllLines(Path.Combine(root, "real", "MANIFEST.tsv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(root, "real", l.Split('\t')[0]))))
            .ToList();
    }

    /// <summary>The files of <c>real/</c> as (path relative to <c>real/</c>, text), or an empty list when the corpus is absent.</summary>
    public static List<(string Name, string Text)> LoadRealFilesWithNames()
    {
        string? root = Locate();
        if (root == null)
        {
            Console.Error.WriteLine("The shared corpus is not present.");
            return new List<(string, string)>();
        }

        return File.ReadAllLines(Path.Combine(root, "real", "MANIFEST.tsv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')[0])
            .Select(name => (name, new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(root, "real", name)))))
            .ToList();
    }

    private static string? Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
