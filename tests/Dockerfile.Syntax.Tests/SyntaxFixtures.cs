using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dockerfile.Syntax.Tests;

/// <summary>Finds the fixture inputs under <c>Fixtures/Syntax</c> and decides whether baselines are rewritten.</summary>
public static class SyntaxFixtures
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    /// <summary>The fixtures folder copied next to the test assembly.</summary>
    public static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Syntax");

    /// <summary>True when <c>UPDATE_BASELINES=1</c> and not on CI (<c>CI=true</c> always compares).</summary>
    public static bool UpdateBaselines =>
        Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names (without extension) of every fixture input.</summary>
    public static IEnumerable<string> Names() =>
        Directory.Exists(OutputDirectory)
            ? Directory.GetFiles(OutputDirectory, "*.Dockerfile").Select(f => Path.GetFileNameWithoutExtension(f)).OrderBy(n => n, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    /// <summary>The exact text of a fixture input (a BOM is kept as U+FEFF).</summary>
    public static string ReadInput(string name) => s_utf8.GetString(File.ReadAllBytes(Path.Combine(OutputDirectory, name + ".Dockerfile")));

    /// <summary>Reads a baseline; null when it does not exist.</summary>
    public static string? ReadBaseline(string fileName)
    {
        string path = Path.Combine(OutputDirectory, fileName);
        return File.Exists(path) ? s_utf8.GetString(File.ReadAllBytes(path)) : null;
    }

    /// <summary>Writes a baseline into the source tree (and the output copy).</summary>
    public static void WriteBaseline(string fileName, string content)
    {
        File.WriteAllBytes(Path.Combine(SourceDirectory(), fileName), s_utf8.GetBytes(content));
        File.WriteAllBytes(Path.Combine(OutputDirectory, fileName), s_utf8.GetBytes(content));
    }

    // Found from the repository root: [CallerFilePath] is a mapped path ("/_/...") in deterministic CI builds.
    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(System.AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dockerfile.Analysis.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Dockerfile.Syntax.Tests", "Fixtures", "Syntax");
            }
        }

        throw new DirectoryNotFoundException("The repository root (Dockerfile.Analysis.sln) was not found above the test folder.");
    }
}
