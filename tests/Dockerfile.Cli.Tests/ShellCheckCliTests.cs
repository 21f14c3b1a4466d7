using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>ShellCheck through the real <c>dfa lint</c> process: findings with their positions, the switch, and the note when shellcheck is missing.</summary>
public class ShellCheckCliTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void MakeFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dfa-shellcheck-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "FROM alpine:3.19\nARG version\nRUN mkdir -p /app && \\\n    echo $version $name\n");
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private static bool HasShellCheck() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "shellcheck")));

    [Test]
    public void Lint_reports_ShellCheck_findings_at_their_place_in_the_Dockerfile()
    {
        if (!HasShellCheck())
        {
            TestSkip.Because("shellcheck is not installed (apt-get install shellcheck; .ci/run installs it)");
        }

        var (code, output, error) = CliRunner.RunIn(_folder, "lint", "--format", "json", "Dockerfile");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(1), output);
        var found = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString()!.StartsWith("SC", StringComparison.Ordinal))
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}-{f.GetProperty("endLine").GetInt32()}:{f.GetProperty("endColumn").GetInt32()}")
            .ToList();

        // $version is an ARG in scope, declared to ShellCheck as set (to a plain value, as hadolint does): no finding;
        // $name is unassigned and unquoted.
        Assert.That(found, Is.EqualTo(new[] { "SC2086 info 4:19-4:24", "SC2154 warning 4:19-4:24" }));

        var (offCode, offOutput, offError) = CliRunner.RunIn(_folder, "lint", "--format", "json", "--no-shellcheck", "Dockerfile");
        Assert.That(offError, Is.Empty);
        Assert.That(offCode, Is.EqualTo(0), offOutput);
        Assert.That(offOutput, Does.Not.Contain("\"SC"));
    }

    [Test]
    public void An_editorconfig_can_turn_ShellCheck_off()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n\n[Dockerfile]\ndfa_shellcheck = false\n");
        var (code, output, error) = CliRunner.RunIn(_folder, "lint", "--no-color", "Dockerfile");
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.StartWith("No problems"));
        Assert.That(code, Is.EqualTo(0));
    }

    [Test]
    public void Without_shellcheck_there_is_one_note_and_no_error()
    {
        // A PATH with dotnet's folder only: no shellcheck there.
        string dotnet = Path.GetDirectoryName(Environment.ProcessPath ?? "/usr/bin/dotnet")!;
        if (File.Exists(Path.Combine(dotnet, "shellcheck")))
        {
            TestSkip.Because("shellcheck sits beside dotnet, so a PATH without it cannot be made");
        }

        File.WriteAllText(Path.Combine(_folder, "Other.Dockerfile"), "FROM alpine:3.19\nRUN echo $other\n");
        var environment = new Dictionary<string, string> { ["PATH"] = dotnet };
        var (code, output, error) = CliRunner.RunProcess("dotnet", _folder, null, environment, Path.Combine(AppContext.BaseDirectory, "dfa.dll"), "lint", "--no-color", "Dockerfile", "Other.Dockerfile");
        Assert.That(error.Trim(), Is.EqualTo("dfa: info: shellcheck was not found on PATH, so RUN scripts were not checked with ShellCheck (SC#### findings); install it, or pass --no-shellcheck"));
        Assert.That(output, Does.StartWith("No problems"));
        Assert.That(code, Is.EqualTo(0));

        var quiet = CliRunner.RunProcess("dotnet", _folder, null, environment, Path.Combine(AppContext.BaseDirectory, "dfa.dll"), "lint", "--no-shellcheck", "Dockerfile");
        Assert.That(quiet.Error, Is.Empty);
    }
}
