using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// Expected JSON kept as files under <c>Fixtures/</c>: a test compares what the server answered with the file, and
/// <c>UPDATE_BASELINES=1</c> rewrites the file instead. URIs of the test's temporary folder are written as
/// <c>file:///{folder}/</c>, so no machine path is committed.
/// </summary>
internal static class Baseline
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string RepositoryRoot { get; } = FindRoot();

    public static string FixtureFolder => Path.Combine(RepositoryRoot, "tests", "Dockerfile.LanguageServer.Tests", "Fixtures");

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1";

    /// <summary>Reads a fixture file (text kept byte for byte: CRLF stays CRLF).</summary>
    public static string ReadFixture(string relativePath) => File.ReadAllText(Path.Combine(FixtureFolder, relativePath));

    /// <summary>Compares <paramref name="actual"/>, written indented, with the baseline file (or rewrites it).</summary>
    public static void Check(string relativePath, JsonNode? actual, LspServer server)
    {
        string folderUri = new Uri(server.Folder).AbsoluteUri;
        string text = (actual?.ToJsonString(Indented) ?? "null").Replace(folderUri, "file:///{folder}", StringComparison.Ordinal) + "\n";
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        string path = Path.Combine(FixtureFolder, relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"no baseline {relativePath}: run with UPDATE_BASELINES=1 and review the new file");
        Assert.That(text, Is.EqualTo(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)), $"differs from the baseline {relativePath} (UPDATE_BASELINES=1 rewrites it)");
    }

    public static void Check(string relativePath, JsonElement actual, LspServer server) => Check(relativePath, JsonNode.Parse(actual.GetRawText()), server);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "Dockerfile.Analysis.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Dockerfile.Analysis.sln) was not found above the test assembly.");
    }
}
