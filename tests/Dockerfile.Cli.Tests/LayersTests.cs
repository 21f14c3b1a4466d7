using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// <c>dfa layers</c> through the real process: the text, JSON and Mermaid outputs against baselines in
/// <c>Fixtures/layers</c> (rewritten with <c>UPDATE_BASELINES=1</c>), exactly which lines a change rebuilds in the two
/// pipenv contexts, the JSON shape docs/layers.md documents, <c>--changed -</c>, <c>--target</c>,
/// <c>--build-arg</c>, and bad input as one line.
/// </summary>
public class LayersTests
{
    private const string SourceFirst = "tests/Dockerfile.Analysis.Tests/Fixtures/Layers/pipenv-source-first/Dockerfile";
    private const string ManifestsFirst = "tests/Dockerfile.Analysis.Tests/Fixtures/Layers/pipenv-manifests-first/Dockerfile";
    private const string MultiStage = CliRunner.Fixtures + "/layers-multi-stage/Dockerfile";

    private static readonly bool s_update = Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1";

    private static string BaselinePath(string name) => Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "layers", name);

    private static void AssertBaseline(string name, string actual)
    {
        string path = BaselinePath(name);
        if (s_update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(actual));
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; run the tests with UPDATE_BASELINES=1 and review it");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path).Replace("\r\n", "\n")), $"dfa layers output differs from {name}");
    }

    private static (int ExitCode, string Output, string Error) Layers(params string[] args) => CliRunner.Run(new[] { "layers" }.Concat(args).ToArray());

    private static int[] RebuiltLines(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("stages").EnumerateArray()
            .SelectMany(s => s.GetProperty("instructions").EnumerateArray())
            .Where(i => i.GetProperty("rebuilt").ValueKind == JsonValueKind.True)
            .Select(i => i.GetProperty("line").GetInt32())
            .ToArray();
    }

    public static IEnumerable<TestCaseData> RebuildCases()
    {
        yield return new TestCaseData(SourceFirst, "manage.py", new[] { 4, 5, 6, 7 }).SetName("Source_first_manage_py_rebuilds_the_copy_the_installs_and_after");
        yield return new TestCaseData(SourceFirst, "Pipfile.lock", new[] { 4, 5, 6, 7 }).SetName("Source_first_Pipfile_lock_rebuilds_the_copy_the_installs_and_after");
        yield return new TestCaseData(ManifestsFirst, "manage.py", new[] { 8, 9 }).SetName("Manifests_first_manage_py_rebuilds_only_the_final_copy_and_after");
        yield return new TestCaseData(ManifestsFirst, "Pipfile.lock", new[] { 5, 6, 8, 9 }).SetName("Manifests_first_Pipfile_lock_rebuilds_the_manifest_copy_the_install_and_after");
        yield return new TestCaseData(ManifestsFirst, "server.log", Array.Empty<int>()).SetName("A_file_the_dockerignore_leaves_out_rebuilds_nothing");
    }

    [TestCaseSource(nameof(RebuildCases))]
    public void Json_names_exactly_the_rebuilt_lines(string file, string changed, int[] lines)
    {
        var (code, output, error) = Layers(file, "--changed", changed, "--format", "json");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(RebuiltLines(output), Is.EqualTo(lines));
    }

    [TestCase(SourceFirst, "manage.py", "source-first.manage.py.txt")]
    [TestCase(ManifestsFirst, "manage.py", "manifests-first.manage.py.txt")]
    [TestCase(ManifestsFirst, "Pipfile.lock", "manifests-first.Pipfile.lock.txt")]
    [TestCase(ManifestsFirst, "server.log", "manifests-first.server.log.txt")]
    public void Text_shows_where_the_rebuild_starts_and_why(string file, string changed, string baseline)
    {
        var (code, output, error) = Layers(file, "--changed", changed);
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        AssertBaseline(baseline, output);
    }

    [Test]
    public void Text_without_changed_paths_has_no_rebuilt_column()
    {
        var (code, output, error) = Layers(SourceFirst);
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        AssertBaseline("source-first.txt", output);
        Assert.That(output, Does.Not.Contain("REBUILT"));
    }

    [Test]
    public void Json_is_stable()
    {
        var (code, output, error) = Layers(ManifestsFirst, "--changed", "Pipfile.lock", "--format", "json");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        AssertBaseline("manifests-first.Pipfile.lock.json", output);
    }

    [Test]
    public void Json_has_the_documented_shape()
    {
        foreach (bool withChanges in new[] { false, true })
        {
            var args = new List<string> { MultiStage, "--format", "json" };
            if (withChanges)
            {
                args.AddRange(new[] { "--changed", "cmd/app/main.go" });
            }

            var (code, output, error) = Layers(args.ToArray());
            Assert.That((code, error), Is.EqualTo((0, string.Empty)));
            using var document = JsonDocument.Parse(output);
            var root = document.RootElement;
            Assert.That(Keys(root), Is.EqualTo(new[] { "file", "changed", "stages" }));
            Assert.That(root.GetProperty("file").GetString(), Is.EqualTo(MultiStage));
            Assert.That(root.GetProperty("changed").ValueKind, Is.EqualTo(withChanges ? JsonValueKind.Array : JsonValueKind.Null));
            var stages = root.GetProperty("stages").EnumerateArray().ToList();
            Assert.That(stages, Has.Count.EqualTo(4));
            foreach (var stage in stages)
            {
                Assert.That(Keys(stage), Is.EqualTo(new[] { "index", "name", "base", "inTarget", "instructions" }));
                Assert.That(stage.GetProperty("index").ValueKind, Is.EqualTo(JsonValueKind.Number));
                Assert.That(stage.GetProperty("name").ValueKind, Is.AnyOf(JsonValueKind.String, JsonValueKind.Null));
                Assert.That(stage.GetProperty("base").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(stage.GetProperty("inTarget").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
                foreach (var instruction in stage.GetProperty("instructions").EnumerateArray())
                {
                    Assert.That(Keys(instruction), Is.EqualTo(new[] { "line", "keyword", "text", "layer", "cache", "rebuilt", "reason" }));
                    Assert.That(instruction.GetProperty("layer").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
                    Assert.That(instruction.GetProperty("cache").EnumerateArray().Select(c => c.ValueKind), Is.All.EqualTo(JsonValueKind.String));
                    var rebuilt = instruction.GetProperty("rebuilt").ValueKind;
                    Assert.That(rebuilt, withChanges ? Is.AnyOf(JsonValueKind.True, JsonValueKind.False) : Is.EqualTo(JsonValueKind.Null));
                    Assert.That(instruction.GetProperty("reason").ValueKind, rebuilt == JsonValueKind.True ? Is.EqualTo(JsonValueKind.String) : Is.EqualTo(JsonValueKind.Null));
                }
            }

            Assert.That(stages.Select(s => s.GetProperty("name").ValueKind == JsonValueKind.Null ? null : s.GetProperty("name").GetString()), Is.EqualTo(new[] { "build", "test", "certs", null }));
            Assert.That(stages.Select(s => s.GetProperty("base").GetString()), Is.EqualTo(new[] { "golang:1.23", "build", "alpine:3.20", "scratch" }));
            Assert.That(stages.Select(s => s.GetProperty("inTarget").GetBoolean()), Is.EqualTo(new[] { true, false, true, true }));
            if (withChanges)
            {
                // main.go: the build stage's COPY . . and after, the test stage built on it, and the final COPY --from=build and after.
                Assert.That(RebuiltLines(output), Is.EqualTo(new[] { 6, 7, 9, 10, 17, 18, 19 }));
            }
        }

        static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
    }

    [Test]
    public void Mermaid_draws_the_stage_graph()
    {
        var (code, output, error) = Layers(MultiStage, "--format", "mermaid", "--changed", "cmd/app/main.go");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        AssertBaseline("multi-stage.mmd", output);
        Assert.That(output, Does.StartWith("flowchart TD\n"));
        Assert.That(output, Does.Contain("stage0 -->|\"FROM, line 9\"| stage1"));
        Assert.That(output, Does.Contain("stage0 -->|\"COPY --from, line 17\"| stage3"));
    }

    [Test]
    public void Mermaid_shows_mount_edges_and_escapes_labels()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM alpine AS \"odd\"\nRUN true\nFROM alpine AS deps\nRUN --mount=from=deps,target=/d --mount=from=node:22,target=/n ls\nFROM deps\n");
            var (code, output, error) = CliRunner.RunIn(folder, "layers", "--format", "mermaid");
            Assert.That((code, error), Is.EqualTo((0, string.Empty)));
            Assert.That(output, Does.Contain("image0[/\"node:22\"/]"));
            Assert.That(output, Does.Contain("image0 -->|\"RUN --mount from, line 4\"| stage1"));
            Assert.That(output, Does.Contain("stage1 -->|\"FROM, line 5\"| stage2"));
            Assert.That(output, Does.Contain("#34;odd#34;"));
            Assert.That(output, Does.Contain("class stage0 unused"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Changed_dash_reads_the_paths_from_standard_input()
    {
        var (code, output, error) = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("server.log\n\n  manage.py  \r\n"), "layers", ManifestsFirst, "--changed", "-", "--format", "json");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(RebuiltLines(output), Is.EqualTo(new[] { 8, 9 }));
        using var document = JsonDocument.Parse(output);
        Assert.That(document.RootElement.GetProperty("changed").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "manage.py", "server.log" }));
    }

    [Test]
    public void Target_marks_the_stages_it_does_not_need()
    {
        var (code, output, error) = Layers(MultiStage, "--target", "test");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Does.Contain("stage 1 'test' FROM build\n"));
        Assert.That(output, Does.Contain("stage 2 'certs' FROM alpine:3.20 (the target does not need it)\n"));
        Assert.That(output, Does.Contain("stage 3 FROM scratch (the target does not need it)\n"));
    }

    [Test]
    public void Build_arguments_reach_the_base_image_and_sources()
    {
        var (code, output, error) = Layers(MultiStage, "--build-arg", "GO_VERSION=1.22", "--format", "json");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        using var document = JsonDocument.Parse(output);
        Assert.That(document.RootElement.GetProperty("stages")[0].GetProperty("base").GetString(), Is.EqualTo("golang:1.22"));
    }

    [Test]
    public void The_context_option_decides_what_a_copy_takes()
    {
        // The multi-stage Dockerfile read against the pipenv context: COPY go.mod go.sum ./ takes nothing there.
        var (code, output, error) = Layers(MultiStage, "--context", "tests/Dockerfile.Analysis.Tests/Fixtures/Layers/pipenv-source-first", "--changed", "go.mod", "--format", "json");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(RebuiltLines(output), Is.EqualTo(new[] { 4, 5, 6, 7, 9, 10, 17, 18, 19 }), "go.mod is not in that context, but the COPY still names it");
    }

    [TestCase(new[] { "no-such-Dockerfile" }, "dfa: no-such-Dockerfile: no such file")]
    [TestCase(new[] { "tests", }, "dfa: tests: a folder, not a Dockerfile")]
    [TestCase(new[] { MultiStage, "--target", "nope" }, "dfa: " + MultiStage + ": no stage named 'nope' (--target)")]
    [TestCase(new[] { MultiStage, "--context", "no-such-folder" }, "dfa: no-such-folder: no such context folder")]
    [TestCase(new[] { "-", "--changed", "-" }, "dfa: -: standard input cannot hold both the Dockerfile and the --changed paths")]
    [TestCase(new[] { MultiStage, "--build-arg", "=x" }, "dfa: =x: a build argument is NAME=VALUE")]
    public void Bad_input_is_one_line_and_exit_code_2(string[] args, string message)
    {
        var (code, output, error) = Layers(args);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo(message + "\n"));
    }

    [Test]
    public void Standard_input_is_read_as_a_Dockerfile_in_the_current_folder()
    {
        var (code, output, error) = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("FROM alpine\nCOPY README.md /\n"), "layers", "-", "--changed", "README.md");
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Does.StartWith("<stdin>: 1 stage, 1 layer\nChanged: README.md\nLine 2 `COPY README.md /` is rebuilt first: copies README.md, which changed\n"));
    }

    [Test]
    public void Readme_see_the_layers_example_is_true()
    {
        string readme = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        string section = readme.Substring(readme.IndexOf("## See the layers\n", StringComparison.Ordinal));
        var example = Regex.Match(section, "^`(layers [^`]*)`:\n\n```\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.That(example.Success, Is.True, "README.md's See the layers section has a `layers ...`: paragraph and its output");
        string command = example.Groups[1].Value;
        Assert.That(section, Does.Contain("dotnet run --project src/Dockerfile.Cli -- " + command + "\n"));
        var (code, output, error) = CliRunner.Run(command.Split(' '));
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Is.EqualTo(example.Groups[2].Value), "update README.md's See the layers section");
    }

    [Test]
    public void Docs_text_and_mermaid_examples_are_true()
    {
        string docs = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "layers.md")).Replace("\r\n", "\n");
        string text = Regex.Match(docs.Substring(docs.IndexOf("## Text\n", StringComparison.Ordinal)), "^```\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline).Groups[1].Value;
        string mermaid = Regex.Match(docs, "^```mermaid\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline).Groups[1].Value;

        var shown = CliRunner.RunIn(Path.GetDirectoryName(Path.Combine(CliRunner.RepositoryRoot, ManifestsFirst))!, "layers", "--changed", "manage.py");
        Assert.That(shown.Output, Is.EqualTo(text), "update docs/layers.md's text example");
        var graph = CliRunner.RunIn(Path.GetDirectoryName(Path.Combine(CliRunner.RepositoryRoot, MultiStage))!, "layers", "--format", "mermaid", "--changed", "cmd/app/main.go");
        Assert.That(graph.Output, Is.EqualTo(mermaid), "update docs/layers.md's Mermaid example");
    }

    [Test]
    public void After_dfa_fix_the_sample_rebuilds_only_the_final_copy()
    {
        // The README's claim: dfa fix copies Pipfile and Pipfile.lock first, so editing app.py rebuilds only COPY . . and after.
        string folder = CliRunner.CreateTempFolder();
        try
        {
            foreach (string file in Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "samples", "python-pipenv")))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            Assert.That(CliRunner.RunIn(folder, "fix", "Dockerfile").ExitCode, Is.EqualTo(0));
            var (code, output, error) = CliRunner.RunIn(folder, "layers", "--changed", "app.py", "--format", "json");
            Assert.That((code, error), Is.EqualTo((0, string.Empty)));
            string[] lines = File.ReadAllLines(Path.Combine(folder, "Dockerfile"));
            int finalCopy = Array.LastIndexOf(lines, "COPY . .") + 1;
            Assert.That(finalCopy, Is.GreaterThan(0));
            Assert.That(RebuiltLines(output), Is.EqualTo(new[] { finalCopy, finalCopy + 1 }));
            Assert.That(lines[finalCopy], Does.StartWith("CMD"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
