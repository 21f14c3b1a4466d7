using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary><c>dfa rules</c>, <c>dfa explain</c> and <c>dfa parse</c>.</summary>
public class RulesCommandTests
{
    [Test]
    public void Rules_text_is_a_table()
    {
        var (code, output, _) = CliRunner.Run("rules");
        Assert.That(code, Is.EqualTo(0));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.Match(@"^ID\s+SEVERITY\s+CATEGORY\s+FIX\s+EQUIVALENTS\s+TITLE$"));
        Assert.That(lines.Single(l => l.StartsWith("DF2001 ", System.StringComparison.Ordinal)), Does.Match(@"^DF2001\s+warning\s+LayerCache\s+fix\s+Dependencies are installed after the whole source is copied$"));
    }

    [Test]
    public void Rules_json_has_the_catalogue_fields()
    {
        var (code, output, _) = CliRunner.Run("rules", "--format", "json");
        Assert.That(code, Is.EqualTo(0));
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.Ordered.Using((System.Collections.Generic.IComparer<string>)System.StringComparer.Ordinal));
        Assert.That(ids, Does.Contain("DF2001").And.Contain("DFS0001"));
        var rule = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "DF2001");
        Assert.That(rule.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "title", "category", "defaultSeverity", "hadolintEquivalents", "buildKitEquivalents", "fixable", "helpUri" }));
        Assert.That(rule.GetProperty("fixable").GetBoolean(), Is.True);
        Assert.That(rule.GetProperty("category").GetString(), Is.EqualTo("LayerCache"));
        Assert.That(rule.GetProperty("defaultSeverity").GetString(), Is.EqualTo("warning"));
        Assert.That(json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "DFS0001").GetProperty("fixable").GetBoolean(), Is.False);
    }

    [Test]
    public void Explain_prints_the_embedded_page()
    {
        string page = System.IO.File.ReadAllText(System.IO.Path.Combine(CliRunner.RepositoryRoot, "docs", "rules", "DF2001.md")).Replace("\r\n", "\n");
        var (code, output, _) = CliRunner.Run("explain", "df2001");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(page.EndsWith('\n') ? page : page + "\n"));
    }

    [TestCase("DL3059", "DF2140")]
    [TestCase("JSONArgsRecommended", "DF1002")]
    [TestCase("jsonargsrecommended", "DF1002")]
    public void Explain_accepts_hadolint_and_BuildKit_ids(string id, string ours)
    {
        var (code, output, error) = CliRunner.Run("explain", id);
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith($"# {ours}:"));
        Assert.That(output, Is.EqualTo(CliRunner.Run("explain", ours).Output));
    }

    [Test]
    public void Explain_works_for_every_rule_in_the_catalogue()
    {
        var (_, rules, _) = CliRunner.Run("rules", "--format", "json");
        using var json = JsonDocument.Parse(rules);
        foreach (string id in json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!))
        {
            var (code, output, error) = CliRunner.Run("explain", id);
            Assert.That(code, Is.EqualTo(0), id + ": " + error);
            string pagePath = System.IO.Path.Combine(CliRunner.RepositoryRoot, "docs", "rules", id + ".md");
            if (System.IO.File.Exists(pagePath))
            {
                // The embedded page is the file in docs/rules.
                string page = System.IO.File.ReadAllText(pagePath).Replace("\r\n", "\n");
                Assert.That(output, Is.EqualTo(page.EndsWith('\n') ? page : page + "\n"), id);
            }
            else
            {
                // No page yet: the catalogue's title.
                Assert.That(output, Does.StartWith("# " + id + ": "), id);
            }
        }
    }

    [Test]
    public void Parse_prints_the_tree()
    {
        var (code, output, error) = CliRunner.Run("parse", CliRunner.Fixtures + "/clean/Dockerfile");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(error, Is.Empty);
        var lines = output.Split('\n');
        Assert.That(lines[0], Is.EqualTo("Dockerfile@0..32"));
        Assert.That(output, Does.Contain("  FromInstruction@0..17\n    InstructionKeywordToken@0..4 \"FROM\"\n"));
        Assert.That(output, Does.Contain("EndOfLineToken@16..17 \"\\n\""));
    }

    [Test]
    public void Parse_buildkit_dump_and_diagnostics_on_stderr()
    {
        var (code, output, error) = CliRunner.Run("parse", "--buildkit", CliRunner.Fixtures + "/syntax-error/Dockerfile");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.EqualTo("(from \"alpine:3.20\")\n(foo \"\")\n"));
        Assert.That(error, Is.EqualTo($"{CliRunner.Fixtures}/syntax-error/Dockerfile(2,1): error DFS0001: Unknown instruction 'FOO'\n"));
    }

    [Test]
    public void Parse_tree_and_buildkit_together_are_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("parse", "--tree", "--buildkit", CliRunner.Fixtures + "/clean/Dockerfile");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo("dfa: --tree and --buildkit cannot be used together\n"));
    }
}
