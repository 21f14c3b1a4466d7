using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// A custom rule run through <c>dfa</c> (docs/analysis.md, "Running it"): a console program of a rule author's own,
/// compiled by a real <c>dotnet build</c> against the CLI and the example rule <c>InternalRegistryAnalyzer</c>
/// (<c>ACME001</c>, the file the verifier tests check), whose <c>Main</c> is
/// <c>DfaCommandLine.Run(args, new[] { new InternalRegistryAnalyzer() })</c>. Its lint, rules, explain and SARIF output
/// carry the rule beside the built-in ones, the configuration switches it off as it does a built-in rule, and its
/// <c>lsp</c> publishes it to an npm client.
/// </summary>
[Category("Slow")]
public class CustomRulesHostTests
{
    private string _folder = null!;
    private string _host = null!;

    [OneTimeSetUp]
    public void BuildHost()
    {
        // The test's own build configuration (bin/<Configuration>/net10.0): the host references the CLI project's
        // outputs of that build without building them again.
        string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        string root = CliRunner.RepositoryRoot;
        _folder = CliRunner.CreateTempFolder();
        string project = Path.Combine(_folder, "host");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "acme-dfa.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(root, "src", "Dockerfile.Cli", "Dockerfile.Cli.csproj")}" />
                <Compile Include="{Path.Combine(root, "tests", "Dockerfile.Analysis.Tests", "Testing", "InternalRegistryAnalyzer.cs")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Dockerfile.Analysis;
            using Dockerfile.Analysis.Tests.Testing;

            return Dockerfile.Cli.DfaCommandLine.Run(args, new DockerfileAnalyzer[] { new InternalRegistryAnalyzer() });
            """);
        var build = CliRunner.RunProcess("dotnet", project, null, null, "build", "-c", configuration, "-p:BuildProjectReferences=false", "--nologo", "-v", "q");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Output + build.Error);
        _host = Path.Combine(project, "bin", configuration, "net10.0", "acme-dfa.dll");
        Assert.That(File.Exists(_host), _host);
    }

    [OneTimeTearDown]
    public void Remove()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Test]
    public void Lint_reports_the_custom_rule_beside_the_built_in_ones()
    {
        string folder = Dockerfile("FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n");
        var (exitCode, output, error) = Host(folder, "lint", "--no-shellcheck", "Dockerfile");
        Assert.That(error, Is.Empty);
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("Dockerfile(1,6): warning ACME001: `python:3.12-slim` is not pulled from registry.acme.test; use its mirror there"));
        Assert.That(output, Does.Contain(": warning DF"), "the built-in rules run too");

        // An image from the registry is not reported.
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM registry.acme.test/python:3.12-slim\nCMD [\"python\"]\n");
        (exitCode, output, _) = Host(folder, "lint", "--no-shellcheck", "--format", "json", "Dockerfile");
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()), Does.Not.Contain("ACME001"));
    }

    [Test]
    public void Configuration_and_suppressions_switch_the_custom_rule_off()
    {
        string folder = Dockerfile("FROM alpine:3.20\nCMD [\"true\"]\n");
        Assert.That(Host(folder, "lint", "--no-shellcheck", "Dockerfile").Output, Does.Contain("ACME001"));

        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[Dockerfile]\ndotnet_diagnostic.ACME001.severity = none\n");
        Assert.That(Host(folder, "lint", "--no-shellcheck", "Dockerfile").Output, Does.Not.Contain("ACME001"));

        File.Delete(Path.Combine(folder, ".editorconfig"));
        File.WriteAllText(Path.Combine(folder, ".hadolint.yaml"), "ignored:\n  - ACME001\n");
        Assert.That(Host(folder, "lint", "--no-shellcheck", "Dockerfile").Output, Does.Not.Contain("ACME001"));

        File.Delete(Path.Combine(folder, ".hadolint.yaml"));
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), "# dfa ignore=ACME001\nFROM alpine:3.20\nCMD [\"true\"]\n");
        Assert.That(Host(folder, "lint", "--no-shellcheck", "Dockerfile").Output, Does.Not.Contain("ACME001"));
    }

    [Test]
    public void Rules_explain_and_sarif_know_the_custom_rule()
    {
        string folder = Dockerfile("FROM alpine:3.20\nCMD [\"true\"]\n");
        var rules = Host(folder, "rules");
        Assert.That(rules.ExitCode, Is.EqualTo(0), rules.Error);
        Assert.That(rules.Output.Split('\n').Where(l => l.StartsWith("ACME001 ", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1).And.One.Contains("Base image outside the company registry"));
        Assert.That(rules.Output, Does.Contain("DF2001 "), "and the built-in rules");

        var explain = Host(folder, "explain", "acme001");
        Assert.That(explain.ExitCode, Is.EqualTo(0), explain.Error);
        Assert.That(explain.Output, Does.StartWith("# ACME001: Base image outside the company registry\n"));

        var sarif = Host(folder, "lint", "--no-shellcheck", "--format", "sarif", "Dockerfile");
        using var json = JsonDocument.Parse(sarif.Output);
        var run = json.RootElement.GetProperty("runs")[0];
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ACME001");
        Assert.That(ruleIds[result.GetProperty("ruleIndex").GetInt32()], Is.EqualTo("ACME001"), "the result points at the rule's row");
    }

    [Test]
    public void Its_language_server_publishes_the_custom_rule()
    {
        string script = LspNodeClientTests.RequireNodeClient();
        string folder = CliRunner.CreateTempFolder();
        try
        {
            string fixture = Path.Combine(CliRunner.RepositoryRoot, "tests", "lsp-node", "fixture");
            string dockerfile = Path.Combine(folder, "Dockerfile");
            File.Copy(Path.Combine(fixture, "Dockerfile"), dockerfile);
            string resultFile = Path.Combine(folder, "result.json");
            var run = CliRunner.RunProcess("node", CliRunner.RepositoryRoot, null, null, script, "--file", dockerfile, "--script", Path.Combine(fixture, "script.json"), "--out", resultFile, "--", "dotnet", _host, "lsp");
            Assert.That(run.ExitCode, Is.EqualTo(0), "lsp-test.js failed:\n" + run.Error);
            using var json = JsonDocument.Parse(File.ReadAllText(resultFile));
            var opened = json.RootElement.GetProperty("opened").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
            Assert.That(opened, Does.Contain("ACME001"), "the fixture's FROM ubuntu:22.04 is outside the registry");
            Assert.That(opened.Where(c => c!.StartsWith("DF", StringComparison.Ordinal)), Is.Not.Empty, "and the built-in rules run");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private (int ExitCode, string Output, string Error) Host(string folder, params string[] args) =>
        CliRunner.RunProcess("dotnet", folder, null, null, new[] { _host }.Concat(args).ToArray());

    private static string Dockerfile(string text)
    {
        string folder = CliRunner.CreateTempFolder();
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), text);
        return folder;
    }
}
