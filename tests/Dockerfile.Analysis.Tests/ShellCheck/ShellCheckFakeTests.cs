using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.ShellCheck;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.ShellCheck;

/// <summary>The ShellCheck pass with a fake shellcheck: what it is given, how positions map back, and how failures are reported.</summary>
[NonParallelizable]
public class ShellCheckFakeTests
{
    [SetUp]
    public void OnlyWithAShell()
    {
        if (Path.DirectorySeparatorChar == '\\')
        {
            Assert.Ignore("the fake shellcheck is a POSIX shell script");
        }
    }

    private static ImmutableArray<Diagnostic> Analyze(string text, FakeShellCheck fake, TimeSpan? timeout = null, AnalysisConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        var options = new AnalysisOptions
        {
            ShellCheck = new ShellCheckOptions { ExecutablePath = fake.Executable, Timeout = timeout ?? TimeSpan.FromSeconds(30) },
            Cache = null,
        }.WithConfiguration(configuration);
        return DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), options, cancellationToken);
    }

    private static string[] Shown(ImmutableArray<Diagnostic> diagnostics, string prefix = "SC") =>
        diagnostics.Where(d => d.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} {d.Severity} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1}:{span.EndLinePosition.Character + 1} {d.GetMessage()}";
        }).ToArray();

    [Test]
    public void A_finding_on_a_continued_line_maps_back_to_that_line()
    {
        // The script is "echo a && " + "    echo $b" on one line (continuations joined), after two lines of our own.
        const string script = "echo a &&     echo $b";
        int column = script.IndexOf("$b", StringComparison.Ordinal) + 1;
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(FakeShellCheck.Comment("run1.sh", 3, column, 3, column + 2, "warning", 2154, "b is referenced but not assigned.")));
        var found = Shown(Analyze("FROM alpine:3.19\nRUN echo a && \\\n    echo $b\n", fake));
        Assert.That(found, Is.EqualTo(new[] { "SC2154 Warning 3:10-3:12 b is referenced but not assigned." }));
    }

    [Test]
    public void Each_RUN_is_a_file_of_one_invocation_with_the_shell_and_the_names_in_scope()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        var found = Analyze("FROM alpine:3.19\nARG VERSION\nENV app_home=/app\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN echo one\nRUN echo two\n", fake);
        Assert.That(Shown(found), Is.Empty);
        Assert.That(fake.Arguments, Is.EqualTo("--format=json1 --norc --exclude=SC1090,SC1091,SC2187 --shell=bash run1.sh run2.sh"));
        Assert.That(fake.Files, Does.Contain("=== run1.sh\n# shellcheck shell=bash\nexport"));
        Assert.That(fake.Files, Does.Contain(" VERSION=1").And.Contain(" app_home=1").And.Contain(" HTTP_PROXY=1"));
        Assert.That(fake.Files, Does.Contain("\necho one\n=== run2.sh\n"));

        // The temporary folder is gone afterwards.
        Assert.That(Directory.Exists(fake.WorkingFolder), Is.False, fake.WorkingFolder);
    }

    [Test]
    public void Scripts_of_different_shells_each_say_their_own_and_no_shell_is_forced()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        Analyze("FROM alpine:3.19\nRUN echo one\nSHELL [\"bash\", \"-c\"]\nRUN echo two\n", fake);
        Assert.That(fake.Arguments, Does.Not.Contain("--shell"));
        Assert.That(fake.Files, Does.Contain("=== run1.sh\n# shellcheck shell=sh\n").And.Contain("=== run2.sh\n# shellcheck shell=bash\n"));
    }

    [TestCase("[\"pwsh\", \"-Command\"]")]
    [TestCase("[\"powershell\", \"-Command\"]")]
    [TestCase("[\"cmd\", \"/S\", \"/C\"]")]
    [TestCase("[\"/bin/zsh\", \"-c\"]")]
    public void Non_POSIX_shells_are_not_checked_and_no_process_runs(string shell)
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        var found = Analyze($"FROM alpine:3.19\nSHELL {shell}\nRUN echo $x\n", fake);
        Assert.That(Shown(found), Is.Empty);
        Assert.That(fake.Ran, Is.False);
    }

    [TestCase("FROM debian:12\n# hadolint shell=powershell\nRUN Get-Process notepad | Stop-Process\n", TestName = "hadolint shell pragma: powershell")]
    [TestCase("# hadolint shell=pwsh\nFROM debian:12 AS a\nRUN Get-Item x\nFROM a\nRUN Get-Item y\n", TestName = "hadolint shell pragma before the first FROM: every stage")]
    public void A_hadolint_shell_pragma_names_the_shell_of_the_RUNs_below_it(string text)
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        Analyze(text, fake);
        Assert.That(fake.Ran, Is.False);
    }

    [Test]
    public void A_hadolint_shell_pragma_ends_at_a_SHELL_or_the_next_stage()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        Analyze("FROM debian:12\n# hadolint shell=bash\nRUN echo one\nSHELL [\"/bin/sh\", \"-c\"]\nRUN echo two\nFROM debian:12\n# hadolint shell=powershell # Windows tools\nRUN Get-Item x\nFROM debian:12\nRUN echo three\n", fake);
        Assert.That(fake.Files, Does.Contain("=== run1.sh\n# shellcheck shell=bash\n").And.Contain("=== run2.sh\n# shellcheck shell=sh\n").And.Contain("=== run3.sh\n# shellcheck shell=sh\n"));
        Assert.That(fake.Files, Does.Not.Contain("Get-Item"));
    }

    [TestCase("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo %PATH%\n")]
    [TestCase("ARG TAG=8.0-nanoserver-1809\nFROM mcr.microsoft.com/dotnet/aspnet:$TAG AS base\nFROM base\nRUN $ProgressPreference = 'SilentlyContinue'\n")]
    public void Windows_images_without_a_SHELL_run_cmd_and_are_not_checked(string text)
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        Analyze(text, fake);
        Assert.That(fake.Ran, Is.False);

        // With a POSIX SHELL they are.
        Analyze(text.Replace("\nRUN", "\nSHELL [\"bash\", \"-c\"]\nRUN"), fake);
        Assert.That(fake.Ran, Is.True);
    }

    [Test]
    public void No_RUN_starts_no_process()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        Analyze("FROM alpine:3.19\nCOPY a /a\n", fake);
        Assert.That(fake.Ran, Is.False);
    }

    [Test]
    public void Exec_form_of_a_shell_with_c_is_checked_and_mapped_through_the_JSON_escapes()
    {
        // "echo \"$y\" $z": the script is echo "$y" $z; $z is at script offset 10.
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(FakeShellCheck.Comment("run1.sh", 3, 11, 3, 13, "info", 2086, "Double quote to prevent globbing and word splitting.")));
        string text = "FROM alpine:3.19\nRUN [\"/bin/sh\", \"-ec\", \"echo \\\"$y\\\" $z\"]\n";
        var found = Shown(Analyze(text, fake));
        int column = text.Split('\n')[1].IndexOf("$z", StringComparison.Ordinal) + 1;
        Assert.That(found, Is.EqualTo(new[] { $"SC2086 Info 2:{column}-2:{column + 2} Double quote to prevent globbing and word splitting." }));
        Assert.That(fake.Files, Does.Contain("\necho \"$y\" $z\n"));
    }

    [Test]
    public void Exec_form_without_a_shell_is_not_checked()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        Analyze("FROM alpine:3.19\nRUN [\"echo\", \"-c\", \"$x\"]\n", fake);
        Assert.That(fake.Ran, Is.False);
    }

    [Test]
    public void A_heredoc_body_maps_to_its_own_line_and_a_foreign_shebang_is_skipped()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(FakeShellCheck.Comment("run1.sh", 4, 6, 4, 8, "warning", 2154, "x is referenced but not assigned.")));
        var found = Shown(Analyze("FROM alpine:3.19\nRUN <<EOF\ncd /\necho $x\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n", fake));
        Assert.That(found, Is.EqualTo(new[] { "SC2154 Warning 4:6-4:8 x is referenced but not assigned." }));
        Assert.That(fake.Arguments, Does.EndWith(" run1.sh"));
    }

    [Test]
    public void A_command_with_heredocs_is_the_command_line_then_each_body_and_terminator()
    {
        // "cat <<EOF > /etc/motd" / "hello $name" / "EOF": line 2 of the script is the body's first line.
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(FakeShellCheck.Comment("run1.sh", 4, 7, 4, 12, "warning", 2154, "name is referenced but not assigned.")));
        var found = Shown(Analyze("FROM alpine:3.19\nRUN cat <<EOF > /etc/motd\nhello $name\nEOF\n", fake));
        Assert.That(fake.Files, Does.Contain("\ncat <<EOF > /etc/motd\nhello $name\nEOF\n"));
        Assert.That(found, Is.EqualTo(new[] { "SC2154 Warning 3:7-3:12 name is referenced but not assigned." }));
    }

    [Test]
    public void Levels_map_to_severities_and_each_code_has_its_wiki_page()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(
            FakeShellCheck.Comment("run1.sh", 3, 1, 3, 2, "error", 1000, "e"),
            FakeShellCheck.Comment("run1.sh", 3, 1, 3, 2, "warning", 2001, "w"),
            FakeShellCheck.Comment("run1.sh", 3, 1, 3, 2, "info", 2002, "i"),
            FakeShellCheck.Comment("run1.sh", 3, 1, 3, 2, "style", 2003, "s"),
            FakeShellCheck.Comment("run1.sh", 1, 1, 1, 2, "error", 1004, "in our own first line: dropped")));
        var found = Analyze("FROM alpine:3.19\nRUN echo\n", fake).Where(d => d.Id.StartsWith("SC", StringComparison.Ordinal)).ToList();
        Assert.That(found.Select(d => d.Id + " " + d.Severity), Is.EqualTo(new[] { "SC1000 Error", "SC2001 Warning", "SC2002 Info", "SC2003 Info" }));
        Assert.That(found[0].Descriptor.HelpLinkUri, Is.EqualTo("https://www.shellcheck.net/wiki/SC1000"));
        Assert.That(found[0].Descriptor, Is.SameAs(ShellCheckDiagnostics.GetDescriptor(1000, DiagnosticSeverity.Error)));
    }

    [Test]
    public void Suppressions_and_configuration_apply_to_SC_ids_as_to_any_rule()
    {
        string json = FakeShellCheck.Json1(
            FakeShellCheck.Comment("run1.sh", 3, 6, 3, 8, "info", 2086, "Double quote to prevent globbing and word splitting."),
            FakeShellCheck.Comment("run1.sh", 3, 6, 3, 8, "warning", 2154, "x is referenced but not assigned."));
        using var fake = new FakeShellCheck(json);
        Assert.That(Shown(Analyze("FROM alpine:3.19\n# hadolint ignore=SC2086\nRUN echo $x\n", fake)).Select(s => s.Substring(0, 6)), Is.EqualTo(new[] { "SC2154" }));
        Assert.That(Shown(Analyze("FROM alpine:3.19\n# dfa ignore=SC2086,SC2154 both known\nRUN echo $x\n", fake)), Is.Empty);
        Assert.That(Shown(Analyze("# dfa global ignore=SC2154\nFROM alpine:3.19\nRUN echo $x\n", fake)).Select(s => s.Substring(0, 6)), Is.EqualTo(new[] { "SC2086" }));

        var hadolint = HadolintConfiguration.Parse("ignored: [SC2086]\noverride:\n  error: [SC2154]\n", "/repo/.hadolint.yaml");
        Assert.That(Shown(Analyze("FROM alpine:3.19\nRUN echo $x\n", fake, configuration: hadolint)).Select(s => s.Substring(0, 12)), Is.EqualTo(new[] { "SC2154 Error" }));

        var editorConfig = AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse("[Dockerfile]\ndotnet_diagnostic.SC2154.severity = none\ndfa_diagnostic.SC2086.severity = error\n", "/repo/.editorconfig"), "Dockerfile");
        Assert.That(editorConfig.Diagnostics, Is.Empty);
        Assert.That(Shown(Analyze("FROM alpine:3.19\nRUN echo $x\n", fake, configuration: editorConfig)).Select(s => s.Substring(0, 12)), Is.EqualTo(new[] { "SC2086 Error" }));
    }

    [Test]
    public void Editorconfig_turns_ShellCheck_off_or_names_the_executable()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(FakeShellCheck.Comment("run1.sh", 3, 6, 3, 8, "warning", 2154, "x is referenced but not assigned.")));
        var off = AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse("[Dockerfile]\ndfa_shellcheck = false\n", "/repo/.editorconfig"), "Dockerfile");
        Assert.That(Shown(Analyze("FROM alpine:3.19\nRUN echo $x\n", fake, configuration: off)), Is.Empty);
        Assert.That(fake.Ran, Is.False);

        var path = AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse($"[Dockerfile]\ndfa_shellcheck_path = {fake.Executable}\n", "/repo/.editorconfig"), "Dockerfile");
        var options = new AnalysisOptions { ShellCheck = ShellCheckOptions.Default, Cache = null }.WithConfiguration(path);
        Assert.That(options.ShellCheck!.ExecutablePath, Is.EqualTo(fake.Executable));
        Assert.That(Shown(DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText("FROM alpine:3.19\nRUN echo $x\n"), options)), Has.Length.EqualTo(1));

        // A configuration never turns ShellCheck on by itself: the library runs no process unless the options ask.
        var on = AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse("[Dockerfile]\ndfa_shellcheck = true\n", "/repo/.editorconfig"), "Dockerfile");
        Assert.That(new AnalysisOptions().WithConfiguration(on).ShellCheck, Is.Null);

        var bad = AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse("[Dockerfile]\ndfa_shellcheck = maybe\n", "/repo/.editorconfig"), "Dockerfile");
        Assert.That(bad.Diagnostics.Select(d => d.GetMessage()), Is.EqualTo(new[] { "/repo/.editorconfig(2,18): 'maybe' is not true or false" }));
    }

    [TestCase(3, "boom\nat Main.hs:12", "", "shellcheck exited with code 3: boom")]
    [TestCase(1, "", "this is not json", "shellcheck ran, but its output is not JSON")]
    [TestCase(0, "", "{\"other\":[]}", "shellcheck ran, but its output is not json1 (no \"comments\" list)")]
    [TestCase(1, "", "{\"comments\":[{\"file\":\"run1.sh\"}]}", "shellcheck ran, but its output is not json1 (a comment without file, line, column or code)")]
    [TestCase(1, "", "{\"comments\":[", "shellcheck ran, but its output is not JSON")]
    public void A_failing_or_babbling_shellcheck_is_one_DF0003_line_and_the_other_rules_still_report(int exitCode, string error, string output, string expected)
    {
        using var fake = new FakeShellCheck(output, exitCode, error);
        var all = Analyze("FROM alpine\nRUN echo $x\n", fake);
        var failed = all.Where(d => d.Id == "DF0003").ToList();
        Assert.That(failed, Has.Count.EqualTo(1));
        Assert.That(failed[0].GetMessage(), Does.StartWith("ShellCheck's findings are missing: " + expected));
        Assert.That(failed[0].GetMessage(), Does.Not.Contain("\n"));
        Assert.That(failed[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(all.Select(d => d.Id), Does.Contain("DF3006"), "the other rules still ran");
    }

    [Test]
    public void A_shellcheck_that_hangs_is_stopped_at_the_timeout()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(), sleepSeconds: 20);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var failed = Analyze("FROM alpine:3.19\nRUN echo\n", fake, timeout: TimeSpan.FromMilliseconds(500)).Where(d => d.Id == "DF0003").ToList();
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        Assert.That(failed.Select(d => d.GetMessage()), Is.EqualTo(new[] { "ShellCheck's findings are missing: shellcheck did not finish within 500 ms and was stopped" }));
    }

    [Test]
    public void Cancelling_stops_shellcheck_and_throws()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(), sleepSeconds: 20);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.That(() => Analyze("FROM alpine:3.19\nRUN echo\n", fake, cancellationToken: cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public void No_shellcheck_gives_no_findings_and_no_error()
    {
        var options = new AnalysisOptions { ShellCheck = new ShellCheckOptions { ExecutablePath = "/nonexistent/dfa-test/shellcheck" }, Cache = null };
        Assert.That(options.ShellCheck.FindExecutable(), Is.Null);
        var found = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText("FROM alpine:3.19\nRUN echo $x\n"), options);
        Assert.That(found.Where(d => d.Id.StartsWith("SC", StringComparison.Ordinal) || d.Id == "DF0003"), Is.Empty);
    }

    [Test]
    public void The_executable_is_found_on_PATH_by_name()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1());
        string? saved = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent/dfa-test" + Path.PathSeparator + fake.Folder);
            Assert.That(ShellCheckOptions.Default.FindExecutable(), Is.EqualTo(fake.Executable));
            Environment.SetEnvironmentVariable("PATH", "/nonexistent/dfa-test");
            Assert.That(ShellCheckOptions.Default.FindExecutable(), Is.Null);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", saved);
        }
    }

    [Test]
    public void Counting_the_fixes_of_a_file_runs_shellcheck_once()
    {
        // DF5081 (the casing of AS) has a fix: fix-all's later rounds analyse again, without ShellCheck (its findings have no fix).
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(FakeShellCheck.Comment("run1.sh", 3, 6, 3, 8, "warning", 2154, "x is referenced but not assigned.")));
        var options = new AnalysisOptions { ShellCheck = new ShellCheckOptions { ExecutablePath = fake.Executable }, Cache = null };
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine:3.19 as build\nRUN echo $x\n");
        var diagnostics = DockerfileAnalysis.Analyze(tree, options);
        var summary = Dockerfile.Analysis.CodeFixes.CodeFixes.Summarize(tree, diagnostics, options);
        Assert.That(diagnostics.Select(d => d.Id), Does.Contain("SC2154").And.Contain("DF5081"));
        Assert.That(summary.FixCount, Is.GreaterThan(0));
        Assert.That(fake.RunCount, Is.EqualTo(1));
    }

    [Test]
    public void Without_ShellCheck_options_nothing_runs()
    {
        using var fake = new FakeShellCheck(FakeShellCheck.Json1(FakeShellCheck.Comment("run1.sh", 3, 6, 3, 8, "warning", 2154, "x")));
        var found = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText("FROM alpine:3.19\nRUN echo $x\n"));
        Assert.That(found.Where(d => d.Id.StartsWith("SC", StringComparison.Ordinal)), Is.Empty);
        Assert.That(fake.Ran, Is.False);
    }
}
