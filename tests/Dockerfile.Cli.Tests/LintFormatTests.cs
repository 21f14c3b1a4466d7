using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary><c>dfa lint</c> in every output format, on the fixture folders.</summary>
public class LintFormatTests
{
    private const string Npm = CliRunner.Fixtures + "/node-npm";
    private const string NpmFile = Npm + "/Dockerfile";
    private const string NpmMessage = "`npm ci --omit=dev` runs after `COPY . .`, so every source change reinstalls dependencies and rebuilds 1 layer; copy package.json and package-lock.json first and install before copying the source";

    [Test]
    public void Text_is_compiler_style_and_uncoloured_when_redirected()
    {
        var (code, output, error) = CliRunner.Run("lint", Npm, CliRunner.Fixtures + "/clean");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(1));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Is.EqualTo($"{NpmFile}(4,1): warning DF2001: {NpmMessage}"));
        Assert.That(lines[1], Does.Match(@"^1 warning in 1 file, 1 fixable: run dfa fix \(2 files checked in [0-9a-z, ]+\)$"));
        Assert.That(output.Contains((char)27), Is.False, "no ANSI escapes");
    }

    [Test]
    public void No_color_is_accepted()
    {
        var (code, output, _) = CliRunner.Run("lint", "--no-color", CliRunner.Fixtures + "/clean");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output.Contains((char)27), Is.False, "no ANSI escapes");
    }

    [Test]
    public void Json_has_exactly_the_documented_fields()
    {
        var (code, output, _) = CliRunner.Run("lint", "--format", "json", Npm, CliRunner.Fixtures + "/syntax-error");
        Assert.That(code, Is.EqualTo(1));
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(2));
        string[] documented = { "file", "ruleId", "equivalents", "severity", "message", "line", "column", "endLine", "endColumn", "fixable", "helpUri" };
        foreach (var finding in json.RootElement.EnumerateArray())
        {
            Assert.That(finding.EnumerateObject().Select(p => p.Name), Is.EqualTo(documented));
            Assert.That(finding.GetProperty("file").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(finding.GetProperty("equivalents").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(finding.GetProperty("severity").GetString(), Is.AnyOf("error", "warning", "info"));
            Assert.That(finding.GetProperty("fixable").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
            foreach (string number in new[] { "line", "column", "endLine", "endColumn" })
            {
                Assert.That(finding.GetProperty(number).GetInt32(), Is.GreaterThanOrEqualTo(1), number);
            }
        }

        var npm = json.RootElement[0];
        Assert.That(npm.GetProperty("file").GetString(), Is.EqualTo(NpmFile));
        Assert.That(npm.GetProperty("ruleId").GetString(), Is.EqualTo("DF2001"));
        Assert.That(npm.GetProperty("message").GetString(), Is.EqualTo(NpmMessage));
        Assert.That((npm.GetProperty("line").GetInt32(), npm.GetProperty("column").GetInt32(), npm.GetProperty("endLine").GetInt32(), npm.GetProperty("endColumn").GetInt32()), Is.EqualTo((4, 1, 4, 22)));
        Assert.That(npm.GetProperty("fixable").GetBoolean(), Is.True);
        Assert.That(npm.GetProperty("helpUri").GetString(), Is.EqualTo("https://github.com/dockerfile-analysis/dockerfile-analysis/blob/main/docs/rules/DF2001.md"));

        var syntax = json.RootElement[1];
        Assert.That(syntax.GetProperty("ruleId").GetString(), Is.EqualTo("DFS0001"));
        Assert.That(syntax.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(syntax.GetProperty("fixable").GetBoolean(), Is.False);
    }

    [Test]
    public void Json_of_a_clean_file_is_an_empty_array()
    {
        var (code, output, _) = CliRunner.Run("lint", "--format", "json", CliRunner.Fixtures + "/clean");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output.Trim(), Is.EqualTo("[]"));
    }

    [Test]
    public void GitHub_annotations()
    {
        var (code, output, _) = CliRunner.Run("lint", "--format", "github", Npm, CliRunner.Fixtures + "/syntax-error");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.EqualTo(
            $"::warning file={NpmFile},line=4,col=1,endLine=4,endColumn=22,title=DF2001::{NpmMessage}\n" +
            $"::error file={CliRunner.Fixtures}/syntax-error/Dockerfile,line=2,col=1,endLine=2,endColumn=4,title=DFS0001::Unknown instruction 'FOO'\n"));
    }

    [Test]
    public void GitHub_annotations_escape_property_values()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            string odd = Path.Combine(folder, "a%b,c:d");
            Directory.CreateDirectory(odd);
            File.WriteAllText(Path.Combine(odd, "Dockerfile"), "FROM alpine:3.20\nFOO bar\n");
            var (code, output, _) = CliRunner.RunIn(folder, "lint", "--format", "github", "a%b,c:d");
            Assert.That(code, Is.EqualTo(1));
            Assert.That(output, Does.StartWith("::error file=a%25b%2Cc%3Ad/Dockerfile,line=2,"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Checkstyle_lists_every_checked_file()
    {
        var (code, output, _) = CliRunner.Run("lint", "--format", "checkstyle", Npm, CliRunner.Fixtures + "/clean");
        Assert.That(code, Is.EqualTo(1));
        var document = XDocument.Parse(output);
        Assert.That(document.Root!.Name.LocalName, Is.EqualTo("checkstyle"));
        var files = document.Root.Elements("file").ToList();
        Assert.That(files.Select(f => (string?)f.Attribute("name")), Is.EqualTo(new[] { NpmFile, CliRunner.Fixtures + "/clean/Dockerfile" }));
        var error = files[0].Elements("error").Single();
        Assert.That((string?)error.Attribute("line"), Is.EqualTo("4"));
        Assert.That((string?)error.Attribute("column"), Is.EqualTo("1"));
        Assert.That((string?)error.Attribute("severity"), Is.EqualTo("warning"));
        Assert.That((string?)error.Attribute("source"), Is.EqualTo("dfa.DF2001"));
        Assert.That((string?)error.Attribute("message"), Is.EqualTo(NpmMessage));
        Assert.That(files[1].Elements("error"), Is.Empty);
    }

    [Test]
    public void Stdin_is_shown_as_stdin_and_uses_the_given_context()
    {
        byte[] input = File.ReadAllBytes(Path.Combine(CliRunner.RepositoryRoot, NpmFile));
        var (code, output, error) = CliRunner.RunWithInput(input, "lint", "--context", Npm, "-");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.StartWith($"<stdin>(4,1): warning DF2001: {NpmMessage}\n"));
    }

    [Test]
    public void Stdin_in_json()
    {
        var (code, output, _) = CliRunner.RunWithInput(System.Text.Encoding.UTF8.GetBytes("FROM alpine:3.20\nFOO bar\n"), "lint", "--format", "json", "-");
        Assert.That(code, Is.EqualTo(1));
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement[0].GetProperty("file").GetString(), Is.EqualTo("<stdin>"));
    }

    [TestCase("error", 0)]
    [TestCase("warning", 1)]
    [TestCase("info", 1)]
    public void Severity_threshold_sets_the_exit_code(string threshold, int expected)
    {
        var (code, _, _) = CliRunner.Run("lint", "--severity", threshold, Npm);
        Assert.That(code, Is.EqualTo(expected));
    }

    [Test]
    public void Errors_fail_at_every_threshold()
    {
        var (code, _, _) = CliRunner.Run("lint", "--severity", "error", CliRunner.Fixtures + "/syntax-error");
        Assert.That(code, Is.EqualTo(1));
    }

    [Test]
    public void Context_option_changes_which_manifests_exist()
    {
        // From an empty context the manifests are missing, so the rule has nothing to suggest copying first.
        string empty = CliRunner.CreateTempFolder();
        try
        {
            var (code, output, _) = CliRunner.Run("lint", "--context", empty, NpmFile);
            Assert.That(code, Is.EqualTo(0), output);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Test]
    public void Config_file_that_exists_is_accepted()
    {
        var (code, _, error) = CliRunner.Run("lint", "--config", CliRunner.Fixtures + "/config-explicit/empty.editorconfig", CliRunner.Fixtures + "/clean");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
    }

    [Test]
    public void Directory_walk_finds_dockerfile_names_and_skips_tool_folders()
    {
        string root = CliRunner.CreateTempFolder();
        try
        {
            string[] found = { "Dockerfile", "a/Dockerfile.prod", "b/api.Dockerfile", "b/web.dockerfile", "c/Containerfile" };
            string[] skipped = { ".git/Dockerfile", "node_modules/x/Dockerfile", "bin/Dockerfile", "obj/Dockerfile", "d/bin/Dockerfile" };
            string[] ignored = { "Dockerfilex", "notes.txt", "a/dockerfile" };
            foreach (string file in found.Concat(skipped).Concat(ignored))
            {
                string path = Path.Combine(root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "FROM alpine:3.20\nFOO bar\n");
            }

            var (code, output, _) = CliRunner.RunIn(root, "lint", "--format", "json");
            Assert.That(code, Is.EqualTo(1));
            using var json = JsonDocument.Parse(output);
            var files = json.RootElement.EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToArray();
            Assert.That(files, Is.EqualTo(found.OrderBy(f => f, System.StringComparer.Ordinal).ToArray()));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Many_files_lint_in_parallel_in_a_stable_order()
    {
        string root = CliRunner.CreateTempFolder();
        try
        {
            for (int i = 0; i < 40; i++)
            {
                string folder = Path.Combine(root, "f" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "Dockerfile"), i % 2 == 0 ? "FROM alpine:3.20\nFOO bar\n" : "FROM alpine:3.20\nRUN true\n");
            }

            var first = CliRunner.RunIn(root, "lint", "--format", "github");
            var second = CliRunner.RunIn(root, "lint", "--format", "github");
            Assert.That(first.ExitCode, Is.EqualTo(1));
            Assert.That(first.Error, Is.Empty, "no progress line when standard error is not a terminal");
            Assert.That(second.Output, Is.EqualTo(first.Output));
            var lines = first.Output.TrimEnd('\n').Split('\n');
            Assert.That(lines, Has.Length.EqualTo(20));
            Assert.That(lines, Is.Ordered.Using((System.Collections.Generic.IComparer<string>)System.StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
