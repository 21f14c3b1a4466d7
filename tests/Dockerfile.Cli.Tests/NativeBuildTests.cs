using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Publishes the native (ahead-of-time compiled) <c>dfa</c> once, as a user would (<c>dotnet publish src/Dockerfile.Cli -c
/// Release -r RID</c>), and proves it is the same program as the JIT build: byte-identical <c>lint --format json</c> on
/// every corpus file and sample, the same catalogue, and every rule's page. A native build that lost rules or pages to
/// trimming would fail here.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public class NativeBuildTests
{
    private string _folder = null!;
    private string _dfa = null!;

    [OneTimeSetUp]
    public void Publish()
    {
        string? rid = RuntimeInformation.RuntimeIdentifier;
        if (!(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64))
        {
            Assert.Ignore($"The native build is tested on linux-x64 only (this is {rid}).");
        }

        _folder = CliRunner.CreateTempFolder();
        var watch = Stopwatch.StartNew();
        var publish = CliRunner.RunProcess("dotnet", CliRunner.RepositoryRoot, null, null, "publish", "src/Dockerfile.Cli", "-c", "Release", "-r", "linux-x64", "-o", _folder, "--nologo");
        TestContext.Progress.WriteLine($"NativeBuildTests: dotnet publish -r linux-x64 took {watch.Elapsed.TotalSeconds:F0} s");
        Assert.That(publish.ExitCode, Is.EqualTo(0), publish.Output + publish.Error);

        // Zero trim and AOT warnings (they are errors too, but a build that only warned must fail this test).
        Assert.That(publish.Output.Split('\n').Where(l => l.Contains(" warning ", StringComparison.Ordinal)), Is.Empty);
        _dfa = Path.Combine(_folder, "dfa");
        Assert.That(File.Exists(_dfa), Is.True, "dfa was published");
        Assert.That(File.Exists(Path.Combine(_folder, "dfa.dll")), Is.False, "no managed dfa.dll: the published dfa is native");
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (_folder != null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void The_published_dfa_is_an_ELF_executable()
    {
        var header = new byte[4];
        using (var file = File.OpenRead(_dfa))
        {
            Assert.That(file.Read(header, 0, 4), Is.EqualTo(4));
        }

        Assert.That(header, Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }));
    }

    [Test]
    public void Native_dfa_lsp_serves_the_node_client_what_lint_reports() => LspNodeClientTests.AssertNodeClientSeesWhatLintReports(_dfa, "lsp");

    [Test]
    public void Lint_json_is_byte_identical_to_the_JIT_build_on_every_corpus_file()
    {
        if (TestCorpus.FindRealFiles() is not { } corpus)
        {
            Assert.Ignore("The shared corpus (shared/corpus/real/MANIFEST.tsv above the repository) is not present: the corpus comparison is skipped.");
            return;
        }

        // Without ShellCheck: one shellcheck process per file, twice, would take minutes; the samples and fixtures
        // comparison below runs it, so the native build's reading of its output is compared there.
        Assert.That(corpus.Files, Has.Length.GreaterThan(900));
        var args = new[] { "lint", "--format", "json", "--no-shellcheck" }.Concat(corpus.Files).ToArray();
        var jit = RunJit(corpus.Folder, args);
        var native = CliRunner.RunProcess(_dfa, corpus.Folder, null, null, args);
        AssertSame(jit, native, expectFindings: true);

        // Not a vacuous comparison: the corpus gives thousands of findings from many rules.
        using var json = JsonDocument.Parse(native.Output);
        Assert.That(json.RootElement.GetArrayLength(), Is.GreaterThan(3000));
        Assert.That(json.RootElement.EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Distinct().Count(), Is.GreaterThan(30));
        Assert.That(json.RootElement.EnumerateArray().Select(f => f.GetProperty("file").GetString()).Distinct().Count(), Is.GreaterThan(500));
    }

    [Test]
    public void Format_diff_is_byte_identical_to_the_JIT_build_on_every_corpus_file()
    {
        if (TestCorpus.FindRealFiles() is not { } corpus)
        {
            Assert.Ignore("The shared corpus (shared/corpus/real/MANIFEST.tsv above the repository) is not present: the corpus comparison is skipped.");
            return;
        }

        // --diff writes nothing; --check's exit code and list come from the same formatting.
        var args = new[] { "format", "--diff" }.Concat(corpus.Files).ToArray();
        var native = CliRunner.RunProcess(_dfa, corpus.Folder, null, null, args);
        AssertSame(RunJit(corpus.Folder, args), native, expectFindings: false, "format --diff");
        Assert.That(native.Output.Split('\n').Count(l => l.StartsWith("+++ ", StringComparison.Ordinal)), Is.GreaterThan(500), "most corpus files change");

        var check = new[] { "format", "--check" }.Concat(corpus.Files).ToArray();
        var nativeCheck = CliRunner.RunProcess(_dfa, corpus.Folder, null, null, check);
        AssertSame(RunJit(corpus.Folder, check), nativeCheck, expectFindings: true, "format --check");
    }

    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("github")]
    [TestCase("checkstyle")]
    public void Lint_output_is_byte_identical_to_the_JIT_build_on_the_samples_and_fixtures(string format)
    {
        var folders = new[] { "samples" }.Concat(Directory.GetDirectories(Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures))
            .Select(d => CliRunner.Fixtures + "/" + Path.GetFileName(d))
            .Where(d => Directory.EnumerateFiles(Path.Combine(CliRunner.RepositoryRoot, d), "*Dockerfile*").Any()))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        Assert.That(folders, Has.Count.GreaterThan(10));

        // One run over all the folders (one of them holds a file that is not UTF-8: exit code 2 and its error line).
        var args = new[] { "lint", "--format", format }.Concat(folders).ToArray();
        var native = CliRunner.RunProcess(_dfa, CliRunner.RepositoryRoot, null, null, args);
        AssertSame(RunJit(CliRunner.RepositoryRoot, args), native, expectFindings: false, format);
        Assert.That(native.Output.Length, Is.GreaterThan(1000), format);
        if (format == "json" && native.Error.IndexOf("shellcheck was not found", StringComparison.Ordinal) < 0)
        {
            // ShellCheck ran (its json1 is read by the native build too) and found something in the samples.
            Assert.That(native.Output, Does.Contain("\"ruleId\": \"SC"), "ShellCheck findings in the samples");
        }
    }

    [TestCase("text")]
    [TestCase("json")]
    public void Rules_lists_the_same_catalogue(string format)
    {
        var jit = RunJit(CliRunner.RepositoryRoot, "rules", "--format", format);
        var native = CliRunner.RunProcess(_dfa, CliRunner.RepositoryRoot, null, null, "rules", "--format", format);
        AssertSame(jit, native, expectFindings: false);
        Assert.That(native.Output.Split('\n').Count(l => l.Contains("DF", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(90));
    }

    [Test]
    public void Explain_prints_every_rule_page()
    {
        using var rules = JsonDocument.Parse(CliRunner.RunProcess(_dfa, CliRunner.RepositoryRoot, null, null, "rules", "--format", "json").Output);
        var ids = rules.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.That(ids, Has.Count.GreaterThanOrEqualTo(90));
        var missing = new List<string>();
        foreach (string id in ids)
        {
            var explain = CliRunner.RunProcess(_dfa, CliRunner.RepositoryRoot, null, null, "explain", id);
            Assert.That(explain.ExitCode, Is.EqualTo(0), id + ": " + explain.Error);
            string page = Path.Combine(CliRunner.RepositoryRoot, "docs", "rules", id + ".md");
            if (File.Exists(page))
            {
                string text = File.ReadAllText(page).Replace("\r\n", "\n");
                Assert.That(explain.Output, Is.EqualTo(text.EndsWith('\n') ? text : text + "\n"), id);
            }
            else
            {
                missing.Add(id);
                Assert.That(explain.Output, Does.StartWith("# " + id + ": "), id);
            }
        }

        // Every rule with a page is shown its page; the few without one (internal diagnostics) get the catalogue's summary.
        Assert.That(missing.Count, Is.LessThan(ids.Count / 4), "ids without a page: " + string.Join(", ", missing));
    }

    [Test]
    public void Bad_input_is_the_same_one_line_error()
    {
        foreach (var args in new[]
        {
            new[] { "lint", "missing/Dockerfile" },
            new[] { "lint", "--config", CliRunner.Fixtures + "/config-explicit/typo.yaml", "samples" },
            new[] { "lint", CliRunner.Fixtures + "/invalid-utf8" },
            new[] { "explain", "NOPE0000" },
        })
        {
            var jit = RunJit(CliRunner.RepositoryRoot, args);
            var native = CliRunner.RunProcess(_dfa, CliRunner.RepositoryRoot, null, null, args);
            Assert.That(native.ExitCode, Is.EqualTo(2), string.Join(" ", args));
            // Standard output may hold the summary line, whose elapsed time differs.
            Assert.That((native.ExitCode, native.Error), Is.EqualTo((jit.ExitCode, jit.Error)), string.Join(" ", args));
            Assert.That(native.Error, Does.StartWith("dfa: "), string.Join(" ", args));
        }
    }

    private static (int ExitCode, string Output, string Error) RunJit(string workingDirectory, params string[] args) => CliRunner.RunIn(workingDirectory, args);

    private static void AssertSame((int ExitCode, string Output, string Error) jit, (int ExitCode, string Output, string Error) native, bool expectFindings, string what = "")
    {
        Assert.That(native.Error, Is.EqualTo(jit.Error), what + " (standard error)");
        Assert.That(native.ExitCode, Is.EqualTo(jit.ExitCode), what + " (exit code)");
        if (expectFindings)
        {
            Assert.That(native.ExitCode, Is.EqualTo(1), what);
            Assert.That(native.Output.Length, Is.GreaterThan(2), what);
        }

        // Equal strings, compared without NUnit's diff of two megabyte strings: the first differing line is enough.
        if (native.Output != jit.Output)
        {
            var a = jit.Output.Split('\n');
            var b = native.Output.Split('\n');
            int line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
            Assert.Fail($"{what}: native output differs from the JIT build at line {line + 1}: JIT '{(line < a.Length ? a[line] : "<end>")}', native '{(line < b.Length ? b[line] : "<end>")}'");
        }
    }
}
