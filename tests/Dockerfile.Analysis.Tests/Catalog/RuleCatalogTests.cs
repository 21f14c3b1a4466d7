using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Catalog;

/// <summary>Keeps the rule catalogue honest: ids, metadata, documentation pages, tested examples, the index and parity.</summary>
public class RuleCatalogTests
{
    /// <summary>Rules whose page has no runnable example, and why.</summary>
    private static readonly Dictionary<string, string> s_noExamples = new(StringComparer.Ordinal)
    {
        ["DF0001"] = "reported only when an analyzer throws",
        ["DF0002"] = "reported for configuration files, not Dockerfiles",
        ["DF0003"] = "reported only when shellcheck fails; tested with a fake shellcheck in ShellCheckFakeTests",
        ["DFS0009"] = "needs a line over 65,535 bytes",
        ["DF4003"] = "needs trusted registries in the configuration (AnalysisOptions.TrustedRegistries); tested in HadolintSet1RuleTests",
        ["DF3048"] = "off by default (hadolint's DL3057 is at the ignore level); tested with EnabledRules in Rules2CaseTests",
        ["DF3049"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3050"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3051"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3052"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3053"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3054"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3055"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3056"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
        ["DF3057"] = "needs a label schema (AnalysisOptions.LabelSchema), which a docs example cannot pass; tested with options in Rules2CaseTests",
    };

    public static IEnumerable<TestCaseData> Rules() =>
        RuleCatalog.All.Select(r => new TestCaseData(r.Id).SetName("Rule(" + r.Id + ")"));

    public static IEnumerable<TestCaseData> Examples() =>
        RuleCatalog.All.SelectMany(r => RuleDocs.Examples(r.Id))
            .Select((e, i) => new TestCaseData(e).SetName($"Example({e.RuleId} {(e.IsBad ? "bad" : "good")} #{i})"));

    [Test]
    public void IdsAreUniqueAndWellFormed()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids.Where(id => !System.Text.RegularExpressions.Regex.IsMatch(id, @"^DF(S\d{4}|[0-5]\d{3})$")), Is.Empty);
    }

    [TestCase("DF2140", "DF2140")]
    [TestCase("df2140", "DF2140")]
    [TestCase("DL3059", "DF2140")]
    [TestCase("dl3059", "DF2140")]
    [TestCase("JSONArgsRecommended", "DF1002")]
    [TestCase("jsonargsrecommended", "DF1002")]
    [TestCase("DFS0001", "DFS0001")]
    public void ResolveReadsIdsAsTheConfigurationDoes(string id, string expected) =>
        Assert.That(RuleCatalog.Resolve(id).Select(r => r.Id), Is.EqualTo(new[] { expected }));

    [TestCase("DF9999")]
    [TestCase("DL9999")]
    [TestCase("")]
    public void ResolveOfAnUnknownIdIsEmpty(string id) => Assert.That(RuleCatalog.Resolve(id), Is.Empty);

    [Test]
    public void ResolveAgreesWithEveryEquivalent()
    {
        foreach (var rule in RuleCatalog.All)
        {
            foreach (string equivalent in rule.Equivalents)
            {
                Assert.That(RuleCatalog.Resolve(equivalent).Select(r => r.Id), Does.Contain(rule.Id), equivalent);
            }
        }
    }

    [TestCaseSource(nameof(Rules))]
    public void RuleHasMetadataAndAPage(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        Assert.That(rule.Descriptor.Title.ToString(), Is.Not.Empty);
        Assert.That(rule.Descriptor.MessageFormat.ToString(), Is.Not.Empty);
        Assert.That(rule.Descriptor.Category, Is.Not.Empty);
        Assert.That(rule.Descriptor.HelpLinkUri, Is.EqualTo("docs/rules/" + id + ".md"));
        Assert.That(File.Exists(Path.Combine(RuleDocs.RulesFolder, id + ".md")), Is.True, $"docs/rules/{id}.md is missing");
        if (!s_noExamples.ContainsKey(id))
        {
            var examples = RuleDocs.Examples(id);
            Assert.That(examples.Any(e => e.IsBad), Is.True, $"docs/rules/{id}.md has no Dockerfile example under '## Bad'");
            Assert.That(examples.Any(e => !e.IsBad), Is.True, $"docs/rules/{id}.md has no Dockerfile example under '## Good'");
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void DocumentedExampleBehaves(RuleExample example)
    {
        var tree = DockerfileSyntaxTree.ParseText(example.Text, "Dockerfile");
        BuildContext? context = null;
        if (example.ContextFiles != null || example.DockerIgnore != null)
        {
            var ignore = example.DockerIgnore == null ? null : DockerIgnoreFile.Parse(example.DockerIgnore, ".dockerignore");
            context = BuildContext.FromFiles(example.ContextFiles ?? Array.Empty<string>(), ignore);
        }

        // Opt-in rules (disabled by default) are turned on for their own examples.
        var rule = RuleCatalog.Find(example.RuleId)!;
        var enabled = rule.Descriptor.IsEnabledByDefault
            ? System.Collections.Immutable.ImmutableHashSet<string>.Empty
            : System.Collections.Immutable.ImmutableHashSet.Create(example.RuleId);
        var diagnostics = DockerfileAnalysis.Analyze(tree, new AnalysisOptions { BuildContext = context, EnabledRules = enabled });
        var matching = diagnostics.Where(d => d.Id == example.RuleId).ToList();
        if (example.IsBad)
        {
            Assert.That(matching, Is.Not.Empty, $"{example.RuleId} does not fire on its Bad example:\n{example.Text}");
        }
        else
        {
            Assert.That(matching.Select(d => d.ToString()), Is.Empty, $"{example.RuleId} fires on its Good example:\n{example.Text}");
        }
    }

    [Test]
    public void IndexListsEveryRule()
    {
        string path = Path.Combine(RuleDocs.RulesFolder, "index.md");
        string current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : string.Empty;

        // The generated table, then the hand-written "Where we differ" section, which regeneration keeps as it is.
        int differ = current.IndexOf(DifferencesHeading, StringComparison.Ordinal);
        Assert.That(differ, Is.GreaterThanOrEqualTo(0), "docs/rules/index.md must keep its \"" + DifferencesHeading.Trim() + "\" section");
        string expected = BuildIndex() + "\n" + current.Substring(differ + 1);
        bool update = Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        if (update)
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(update ? expected : current, Is.EqualTo(expected),
            "docs/rules/index.md is out of date: run the tests with UPDATE_BASELINES=1 and review the diff");
    }

    private const string DifferencesHeading = "\n## Where we differ from hadolint and BuildKit\n";

    private static string BuildIndex()
    {
        var builder = new StringBuilder();
        builder.Append("# Rules\n\n");
        builder.Append("Generated from the rule catalogue by `RuleCatalogTests.IndexListsEveryRule` (run the tests with\n`UPDATE_BASELINES=1` to refresh it). Ids: `DFS0xxx` syntax, `DF0xxx` the tool itself, `DF1xxx`\ncorrectness, `DF2xxx` layer cache and image size, `DF3xxx` maintainability and reproducibility,\n`DF4xxx` security, `DF5xxx` style. `SC####` findings are ShellCheck's, on the scripts of RUN\ninstructions, when shellcheck is installed; they are not listed here (see [ShellCheck](../shellcheck.md)).\nThe last section, where we differ from hadolint and BuildKit, is written by hand; regenerating keeps it.\n\n");
        builder.Append("| id | title | category | default severity | hadolint | BuildKit |\n|---|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            builder.Append($"| [{rule.Id}]({rule.Id}.md) | {rule.Descriptor.Title.ToString().Replace("|", "\\|")} | {rule.Descriptor.Category} | {rule.Descriptor.DefaultSeverity.ToString().ToLowerInvariant()} | {string.Join(", ", rule.HadolintEquivalents)} | {string.Join(", ", rule.BuildKitEquivalents)} |\n");
        }

        return builder.ToString();
    }
}
