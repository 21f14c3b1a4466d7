using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// <c>.editorconfig</c>, <c>.hadolint.yaml</c>, <c>--config</c> and suppression comments, through the real binary on the
/// <c>Fixtures/config-*</c> folders.
/// </summary>
public class ConfigurationTests
{
    private const string Df2001Message = "`npm ci --omit=dev` runs after `COPY . .`";

    private static string Fixture(string name) => CliRunner.Fixtures + "/" + name;

    [Test]
    public void Editorconfig_severity_error_makes_DF2001_an_error()
    {
        var (code, output, error) = CliRunner.Run("lint", "--no-color", Fixture("config-editorconfig-error"));
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.StartWith($"{Fixture("config-editorconfig-error")}/Dockerfile(4,1): error DF2001: {Df2001Message}"));
        Assert.That(code, Is.EqualTo(1));

        // Only errors fail the run now, and DF2001 is one.
        Assert.That(CliRunner.Run("lint", "--severity", "error", Fixture("config-editorconfig-error")).ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Editorconfig_severity_none_removes_DF2001()
    {
        var (code, output, error) = CliRunner.Run("lint", "--no-color", Fixture("config-editorconfig-none"));
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.Not.Contain("DF2001"));
        Assert.That(output, Does.StartWith("No problems"));
        Assert.That(code, Is.EqualTo(0));
    }

    [Test]
    public void Configuration_is_discovered_from_the_current_folder_for_stdin()
    {
        string folder = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "config-editorconfig-error");
        byte[] input = File.ReadAllBytes(Path.Combine(folder, "Dockerfile"));
        var (code, output, _) = CliRunner.RunProcess("dotnet", folder, input, null, Path.Combine(System.AppContext.BaseDirectory, "dfa.dll"), "lint", "--no-color", "-");
        Assert.That(output, Does.StartWith("<stdin>(4,1): error DF2001: "));
        Assert.That(code, Is.EqualTo(1));
    }

    [Test]
    public void Hadolint_ignored_hides_the_equivalent_rule()
    {
        var (code, output, _) = CliRunner.Run("lint", "--no-color", Fixture("config-hadolint-ignored"));
        Assert.That(output, Does.Not.Contain("DF3006"));
        Assert.That(code, Is.EqualTo(0));

        // The same Dockerfile with an explicit (empty) configuration instead of the discovered one: DF3006 is back.
        var explicitRun = CliRunner.Run("lint", "--no-color", "--config", Fixture("config-explicit/empty.editorconfig"), Fixture("config-hadolint-ignored"));
        Assert.That(explicitRun.Output, Does.Contain("Dockerfile(1,6): warning DF3006: "));
        Assert.That(explicitRun.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Hadolint_trusted_registries_turn_on_DF4003()
    {
        var (code, output, _) = CliRunner.Run("lint", "--no-color", Fixture("config-trusted"));
        Assert.That(output, Does.StartWith(
            $"{Fixture("config-trusted")}/Dockerfile(1,6): error DF4003: `docker.io/library/alpine:3.20` comes from docker.io, which is not one of the trusted registries (registry.example.com)"));
        Assert.That(code, Is.EqualTo(1));

        // Without trusted registries the rule is silent.
        var explicitRun = CliRunner.Run("lint", "--config", Fixture("config-explicit/empty.editorconfig"), Fixture("config-trusted"));
        Assert.That(explicitRun.Output, Does.Not.Contain("DF4003"));
        Assert.That(explicitRun.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Hadolint_override_error_regrades_the_equivalent_rule()
    {
        var (code, output, _) = CliRunner.Run("lint", "--no-color", Fixture("config-override"));
        Assert.That(output, Does.StartWith($"{Fixture("config-override")}/Dockerfile(3,51): error DF3001: "));
        Assert.That(code, Is.EqualTo(1));

        // DF3001 is an info by default, which does not fail the run.
        var plain = CliRunner.Run("lint", "--no-color", "--config", Fixture("config-explicit/empty.editorconfig"), Fixture("config-override"));
        Assert.That(plain.Output, Does.Contain("info DF3001: "));
        Assert.That(plain.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Hadolint_failure_threshold_sets_the_exit_code_unless_severity_is_given()
    {
        var (code, output, _) = CliRunner.Run("lint", "--no-color", Fixture("config-threshold"));
        Assert.That(output, Does.Contain("warning DF2001: "));
        Assert.That(code, Is.EqualTo(0), "failure-threshold: error, and there is only a warning");

        Assert.That(CliRunner.Run("lint", "--severity", "warning", Fixture("config-threshold")).ExitCode, Is.EqualTo(1), "--severity wins");
        Assert.That(CliRunner.Run("lint", Fixture("node-npm")).ExitCode, Is.EqualTo(1), "the default threshold is warning");
    }

    [TestCase("strict.editorconfig")]
    [TestCase("strict.hadolint.yaml")]
    public void Explicit_config_file_of_either_kind_applies(string file)
    {
        var (code, output, error) = CliRunner.Run("lint", "--no-color", "--config", Fixture("config-explicit/" + file), Fixture("node-npm"));
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.StartWith($"{Fixture("node-npm")}/Dockerfile(4,1): error DF2001: "));
        Assert.That(code, Is.EqualTo(1));
    }

    [Test]
    public void Bad_configuration_value_is_DF0002_at_the_config_file_line_and_column()
    {
        var (code, output, error) = CliRunner.Run("lint", "--no-color", Fixture("config-bad-value"));
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.StartWith(
            $"{Fixture("config-bad-value")}/.editorconfig(4,37): warning DF0002: 'loud' is not a severity; use error, warning, suggestion, silent or none\n"));
        Assert.That(output, Does.Contain("warning DF2001: "), "the bad value is ignored; the rule keeps its default");
        Assert.That(code, Is.EqualTo(1));

        var json = CliRunner.Run("lint", "--format", "json", Fixture("config-bad-value"));
        using var document = JsonDocument.Parse(json.Output);
        var finding = FindArray(document.RootElement).Single(f => f.GetProperty("ruleId").GetString() == "DF0002");
        Assert.That(finding.GetProperty("file").GetString(), Is.EqualTo(Fixture("config-bad-value") + "/.editorconfig"));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(4));
        Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(37));
    }

    [Test]
    public void DF0002_of_a_shared_configuration_is_reported_once()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.DF2001.severity = loud\n");
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM alpine:3.20\n");
            File.WriteAllText(Path.Combine(folder, "Dockerfile.dev"), "FROM alpine:3.20\n");
            var (code, output, _) = CliRunner.RunIn(folder, "lint", "--no-color");
            Assert.That(output.Split('\n').Count(l => l.Contains("DF0002")), Is.EqualTo(1), output);
            Assert.That(output, Does.StartWith(".editorconfig(3,37): warning DF0002: "));
            Assert.That(code, Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("lint")]
    [TestCase("fix")]
    public void Malformed_explicit_config_is_a_one_line_error_with_its_position(string verb)
    {
        string config = Fixture("config-explicit/malformed.yaml");
        var (code, output, error) = CliRunner.Run(verb, "--config", config, Fixture("node-npm"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith($"dfa: {config}:2:1: the YAML is malformed"));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain("\n"), "one line");
    }

    [TestCase("lint")]
    [TestCase("fix")]
    public void Explicit_config_with_an_unclosed_list_before_another_key_is_a_one_line_error(string verb)
    {
        // YamlDotNet's scanner throws InvalidOperationException (not a YamlException) on this text.
        string config = Fixture("config-explicit/typo.yaml");
        var (code, output, error) = CliRunner.Run(verb, "--config", config, Fixture("node-npm"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo($"dfa: {config}:2:1: the YAML is malformed: the '[' at line 1, column 10 is not closed\n"));
    }

    [Test]
    public void Found_hadolint_yaml_with_an_unclosed_list_is_DF0002_and_the_file_is_still_linted()
    {
        string folder = Fixture("config-yaml-typo");
        var (code, output, error) = CliRunner.Run("lint", "--no-color", folder);
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.StartWith($"{folder}/.hadolint.yaml(2,1): warning DF0002: the YAML is malformed: the '[' at line 1, column 10 is not closed\n"));

        // The configuration is not used (DL3006 stays on), the Dockerfile is linted all the same.
        Assert.That(output, Does.Contain($"{folder}/Dockerfile(1,6): warning DF3006: "));
        Assert.That(code, Is.EqualTo(1));
    }

    [TestCase("lint")]
    [TestCase("fix")]
    public void Missing_explicit_config_is_a_one_line_error(string verb)
    {
        var (code, output, error) = CliRunner.Run(verb, "--config", "missing.editorconfig", Fixture("node-npm"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo("dfa: missing.editorconfig: no such configuration file\n"));
    }

    [Test]
    public void Inline_dfa_and_hadolint_ignore_comments_are_honoured_by_lint()
    {
        var (code, output, _) = CliRunner.Run("lint", "--no-color", Fixture("config-inline"));
        Assert.That(output, Does.Not.Contain("DF2001"));
        Assert.That(output, Does.Not.Contain("DF2140"));
        Assert.That(code, Is.EqualTo(0));

        // Without the comments both are reported.
        string folder = CliRunner.CopyFixture("config-inline");
        try
        {
            string path = Path.Combine(folder, "Dockerfile");
            File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith('#')));
            var bare = CliRunner.RunIn(folder, "lint", "--no-color");
            Assert.That(bare.Output, Does.Contain("warning DF2001: "));
            Assert.That(bare.Output, Does.Contain("info DF2140: "));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("config-inline")]
    [TestCase("config-editorconfig-none")]
    public void Fix_leaves_suppressed_and_disabled_findings_alone(string fixture)
    {
        string folder = CliRunner.CopyFixture(fixture);
        try
        {
            byte[] before = File.ReadAllBytes(Path.Combine(folder, "Dockerfile"));
            var diff = CliRunner.RunIn(folder, "fix", "--diff");
            Assert.That(diff.Output, Is.Empty);
            Assert.That(diff.ExitCode, Is.EqualTo(0));

            var (code, output, error) = CliRunner.RunIn(folder, "fix");
            Assert.That(error, Is.Empty);
            Assert.That(output, Is.EqualTo("Nothing to fix in 1 file\n"));
            Assert.That(code, Is.EqualTo(0));
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "Dockerfile")), Is.EqualTo(before));

            // With an explicit empty configuration the rule is back on (the comments still hold in config-inline).
            var explicitRun = CliRunner.RunIn(folder, "fix", "--dry-run", "--config", Path.Combine(CliRunner.RepositoryRoot, Fixture("config-explicit/empty.editorconfig")));
            Assert.That(explicitRun.Output, Is.EqualTo(fixture == "config-inline" ? "Nothing to fix in 1 file\n" : "would fix 1 issue in Dockerfile\nWould fix 1 issue in 1 file\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<JsonElement> FindArray(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().SelectMany(e => e.TryGetProperty("ruleId", out _) ? new[] { e } : FindArray(e));
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            return root.EnumerateObject().SelectMany(p => FindArray(p.Value));
        }

        return Enumerable.Empty<JsonElement>();
    }
}
