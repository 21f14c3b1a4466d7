using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary><c>dfa lint --format sarif</c>: the fields GitHub code scanning reads, and Microsoft's SARIF validator.</summary>
public class SarifTests
{
    private const string Npm = CliRunner.Fixtures + "/node-npm";

    [Test]
    public void Sarif_has_rules_results_and_fixes()
    {
        var (code, output, _) = CliRunner.Run("lint", "--format", "sarif", Npm, CliRunner.Fixtures + "/crlf-bom");
        Assert.That(code, Is.EqualTo(1));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("dfa"));
        Assert.That(driver.GetProperty("version").GetString(), Does.Match(@"^\d+\.\d+\.\d+"));

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        int df2001 = rules.FindIndex(r => r.GetProperty("id").GetString() == "DF2001");
        Assert.That(df2001, Is.GreaterThanOrEqualTo(0));
        var rule = rules[df2001];
        Assert.That(rule.GetProperty("name").GetString(), Is.Not.Empty);
        Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo("Dependencies are installed after the whole source is copied"));
        Assert.That(rule.GetProperty("fullDescription").GetProperty("text").GetString(), Is.Not.Empty);
        Assert.That(rule.GetProperty("helpUri").GetString(), Is.EqualTo("https://github.com/dockerfile-analysis/dockerfile-analysis/blob/main/docs/rules/DF2001.md"));
        Assert.That(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("warning"));
        Assert.That(rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Does.Contain("LayerCache"));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        // Both fixtures have one DF2001 finding (other rules also report on the pipenv fixture).
        results = results.Where(r => r.GetProperty("ruleId").GetString() == "DF2001").ToList();
        Assert.That(results, Has.Count.EqualTo(2));
        var first = results.Single(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.Contains("node-npm"));
        Assert.That(first.GetProperty("ruleId").GetString(), Is.EqualTo("DF2001"));
        Assert.That(first.GetProperty("ruleIndex").GetInt32(), Is.EqualTo(df2001));
        Assert.That(first.GetProperty("level").GetString(), Is.EqualTo("warning"));
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(Npm + "/Dockerfile"));
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
        var region = location.GetProperty("region");
        Assert.That((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()), Is.EqualTo((4, 1, 4, 22)));

        var change = first.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        Assert.That(change.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(Npm + "/Dockerfile"));
        var replacements = change.GetProperty("replacements").EnumerateArray().ToList();
        Assert.That(replacements, Is.Not.Empty);
        foreach (var replacement in replacements)
        {
            Assert.That(replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32(), Is.GreaterThanOrEqualTo(1));
            Assert.That(replacement.TryGetProperty("insertedContent", out _), Is.True);
        }

        // Applying the replacements to the file gives what `dfa fix` writes.
        string original = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, Npm, "Dockerfile"));
        string applied = Apply(original, replacements);
        var (_, diff, _) = CliRunner.Run("fix", "--diff", Npm);
        Assert.That(diff, Does.Contain("+COPY package.json package-lock.json ./"));
        Assert.That(applied, Does.Contain("COPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\n"));
    }

    [Test]
    public void Sarif_passes_the_sarif_multitool_validator()
    {
        string? tool = SarifMultitool.Find(out string whyNot);
        if (tool == null)
        {
            TestSkip.Because(whyNot);
        }

        string folder = CliRunner.CreateTempFolder();
        try
        {
            var (code, output, _) = CliRunner.Run("lint", "--format", "sarif", Npm, CliRunner.Fixtures + "/crlf-bom", CliRunner.Fixtures + "/syntax-error");
            Assert.That(code, Is.EqualTo(1));
            string log = Path.Combine(folder, "dfa.sarif");
            string report = Path.Combine(folder, "validation.sarif");
            File.WriteAllText(log, output);
            var validation = CliRunner.RunProcess("node", folder, null, null, tool!, "validate", log, "--json-schema", SarifMultitool.Schema(tool!), "--output", report);
            Assert.That(validation.ExitCode, Is.EqualTo(0), validation.Output + validation.Error);
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var problems = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(r => r.GetProperty("ruleId").GetString() + ": " + r.GetProperty("message").GetRawText())
                .ToList();
            Assert.That(problems, Is.Empty, validation.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_fix_that_writes_the_dockerignore_is_an_artifact_change_of_its_own()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM node:22-slim\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n");
            Directory.CreateDirectory(Path.Combine(folder, "dist"));
            File.WriteAllText(Path.Combine(folder, "dist", "bundle.js"), "bundle\n");
            var (code, output, error) = CliRunner.RunIn(folder, "lint", "--format", "sarif", "Dockerfile");
            Assert.That(error, Is.Empty);
            Assert.That(code, Is.EqualTo(1));
            using var json = JsonDocument.Parse(output);
            var result = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DF2004");
            var fix = result.GetProperty("fixes")[0];
            Assert.That(fix.GetProperty("description").GetProperty("text").GetString(), Is.EqualTo("Create .dockerignore leaving out `dist`"));
            var change = fix.GetProperty("artifactChanges").EnumerateArray().Single();
            Assert.That(change.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(".dockerignore"));
            string created = Apply(string.Empty, change.GetProperty("replacements").EnumerateArray().ToList());
            Assert.That(created, Is.EqualTo("# Generated and secret files, kept out of the build context (added by dfa fix)\ndist\n"));

            string? tool = SarifMultitool.Find(out string whyNot);
            if (tool == null)
            {
                TestSkip.Because(whyNot);
            }

            string log = Path.Combine(folder, "dfa.sarif");
            File.WriteAllText(log, output);
            var validation = CliRunner.RunProcess("node", folder, null, null, tool!, "validate", log, "--json-schema", SarifMultitool.Schema(tool!), "--output", Path.Combine(folder, "validation.sarif"));
            Assert.That(validation.ExitCode, Is.EqualTo(0), validation.Output + validation.Error);
            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "validation.sarif")));
            var problems = report.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(r => r.GetProperty("ruleId").GetString() + ": " + r.GetProperty("message").GetRawText())
                .ToList();
            Assert.That(problems, Is.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Apply(string text, System.Collections.Generic.List<JsonElement> replacements)
    {
        var lines = text.Split('\n');
        int Offset(int line, int column) => lines.Take(line - 1).Sum(l => l.Length + 1) + column - 1;
        foreach (var replacement in replacements.OrderByDescending(r => r.GetProperty("deletedRegion").GetProperty("startLine").GetInt32() * 10000 + r.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32()))
        {
            var region = replacement.GetProperty("deletedRegion");
            int start = Offset(region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
            int end = Offset(region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32());
            string inserted = replacement.GetProperty("insertedContent").GetProperty("text").GetString() ?? string.Empty;
            text = text.Substring(0, start) + inserted + text.Substring(end);
        }

        return text;
    }
}
