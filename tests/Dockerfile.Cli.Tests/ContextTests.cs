using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// <c>dfa context</c> through the real process, on the fixture contexts <c>Fixtures/context-*</c> (a Node app whose
/// whole-context copy takes secrets, version control and dependencies; a Python app with entries nothing copies):
/// text and JSON against baselines in <c>Fixtures/context</c> (<c>UPDATE_BASELINES=1</c> rewrites them), and bad input.
/// </summary>
public class ContextTests
{
    private const string Unused = CliRunner.Fixtures + "/context-unused";

    private static readonly bool s_update = Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1";

    private string? _folder;

    [TearDown]
    public void DeleteFolder()
    {
        if (_folder != null)
        {
            Directory.Delete(_folder, recursive: true);
            _folder = null;
        }
    }

    private static void AssertBaseline(string name, string actual)
    {
        string path = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "context", name);
        if (s_update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(actual));
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; run the tests with UPDATE_BASELINES=1 and review it");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path).Replace("\r\n", "\n")), $"dfa context output differs from {name}");
    }

    /// <summary>The Node fixture copied, with the folders a repository cannot hold in a fixture: .git and node_modules.</summary>
    private string NodeContext()
    {
        _folder = CliRunner.CreateTempFolder();
        string source = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "context-node");
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(_folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(_folder, ".git"));
        File.WriteAllText(Path.Combine(_folder, ".git", "HEAD"), "ref: refs/heads/main\n");
        Directory.CreateDirectory(Path.Combine(_folder, "node_modules", "express"));
        File.WriteAllText(Path.Combine(_folder, "node_modules", "express", "index.js"), new string('/', 3000) + "\n");
        return _folder;
    }

    [Test]
    public void Node_context_shows_secrets_and_generated_folders_a_whole_copy_takes()
    {
        string folder = NodeContext();
        var (code, output, error) = CliRunner.RunIn(folder, "context");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        AssertBaseline("node.txt", output);
    }

    [Test]
    public void Node_context_as_json()
    {
        string folder = NodeContext();
        var (code, output, error) = CliRunner.RunIn(folder, "context", "--format", "json");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        AssertBaseline("node.json", output);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "context", "dockerfile", "files", "bytes", "size", "ignoredFiles", "ignoredBytes", "largestFiles", "entries", "unused", "secrets", "suggestedIgnoreLines",
        }));
        Assert.That(root.GetProperty("secrets").EnumerateArray().Select(s => s.GetProperty("path").GetString()), Is.EqualTo(new[] { ".env", ".npmrc" }));
        Assert.That(root.GetProperty("suggestedIgnoreLines").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { ".git", "node_modules", "**/*.log", ".env", ".npmrc" }));
        Assert.That(root.GetProperty("largestFiles")[0].GetProperty("path").GetString(), Is.EqualTo("node_modules/express/index.js"));
    }

    [Test]
    public void Lint_reports_the_secrets_the_whole_copy_takes_as_DF4004_and_an_ignore_file_silences_it()
    {
        // The Dockerfile's folder is the default context; `.env.example` is a template and not reported.
        string folder = NodeContext();
        var (code, output, error) = CliRunner.RunIn(folder, "lint", "--format", "json", "Dockerfile");
        Assert.That((code, error), Is.EqualTo((1, string.Empty)));
        using (var document = JsonDocument.Parse(output))
        {
            var finding = document.RootElement.EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DF4004");
            Assert.That((finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("endColumn").GetInt32()), Is.EqualTo((5, 6, 7)));
            Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("warning"));
            Assert.That(finding.GetProperty("message").GetString(), Is.EqualTo(
                "`COPY . .` copies `.env` (an environment file, which usually holds credentials) and `.npmrc` (an .npmrc with a registry token) from the build context into a layer of the image, where anyone who can pull the image can read them; add them to .dockerignore"));
        }

        File.WriteAllText(Path.Combine(folder, ".dockerignore"), ".env\n.npmrc\n");
        var ignored = CliRunner.RunIn(folder, "lint", "--format", "json", "Dockerfile");
        Assert.That(ignored.Error, Is.Empty);
        Assert.That(ignored.Output, Does.Not.Contain("DF4004"));
    }

    [Test]
    public void Unused_entries_are_listed_and_suggested()
    {
        var (code, output, error) = CliRunner.Run("context", Unused);
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        AssertBaseline("unused.txt", output);
        Assert.That(output, Does.Contain("Not used by any instruction: docs/, tests/ and notes.txt (95 B)\n"));
    }

    [Test]
    public void The_file_option_names_the_Dockerfile_as_docker_build_f_does()
    {
        _folder = CliRunner.CreateTempFolder();
        File.WriteAllText(Path.Combine(_folder, "app.Dockerfile"), "FROM alpine\nCOPY keep.txt /\n");
        File.WriteAllText(Path.Combine(_folder, "keep.txt"), "k\n");
        File.WriteAllText(Path.Combine(_folder, "drop.txt"), "d\n");
        var (code, output, error) = CliRunner.RunIn(_folder, "context", ".", "--file", "app.Dockerfile", "--format", "json");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        using var document = JsonDocument.Parse(output);
        Assert.That(document.RootElement.GetProperty("unused").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "drop.txt" }), "the Dockerfile is the builder's, not unused");
    }

    [TestCase(new[] { "no-such-folder" }, "dfa: no-such-folder: no such context folder")]
    [TestCase(new[] { "README.md" }, "dfa: README.md: a file, not a context folder")]
    [TestCase(new[] { "docs" }, "dfa: docs/Dockerfile: no such file")]
    [TestCase(new[] { "docs", "--file", "docs" }, "dfa: docs: a folder, not a Dockerfile")]
    public void Bad_input_is_one_line_and_exit_code_2(string[] args, string message)
    {
        var (code, output, error) = CliRunner.Run(new[] { "context" }.Concat(args).ToArray());
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo(message + "\n"));
    }
}
