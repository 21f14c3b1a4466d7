using System;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Configuration;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Configuration;

public class ConfigurationFileTests
{
    [TestCase("Dockerfile", "Dockerfile", true)]
    [TestCase("Dockerfile", "src/Dockerfile", true)]
    [TestCase("Dockerfile", "Dockerfile.dev", false)]
    [TestCase("*.Dockerfile", "api.Dockerfile", true)]
    [TestCase("*.Dockerfile", "a/b/api.Dockerfile", true)]
    [TestCase("*.Dockerfile", "Dockerfile", false)]
    [TestCase("{Dockerfile,*.dockerfile}", "Dockerfile", true)]
    [TestCase("{Dockerfile,*.dockerfile}", "x.dockerfile", true)]
    [TestCase("{Dockerfile,*.dockerfile}", "x.Dockerfile", false)]
    [TestCase("Dockerfile*", "Dockerfile.prod", true)]
    [TestCase("docker/*", "docker/Dockerfile", true)]
    [TestCase("docker/*", "docker/a/Dockerfile", false)]
    [TestCase("docker/**", "docker/a/Dockerfile", true)]
    [TestCase("/Dockerfile", "Dockerfile", true)]
    [TestCase("/Dockerfile", "sub/Dockerfile", false)]
    [TestCase("**/Dockerfile", "Dockerfile", true)]
    [TestCase("**/Dockerfile", "a/b/Dockerfile", true)]
    [TestCase("Dockerfile.?", "Dockerfile.a", true)]
    [TestCase("Dockerfile.?", "Dockerfile.ab", false)]
    [TestCase("Dockerfile.[ab]", "Dockerfile.b", true)]
    [TestCase("Dockerfile.[!ab]", "Dockerfile.b", false)]
    [TestCase("Dockerfile.[!ab]", "Dockerfile.c", true)]
    [TestCase("Dockerfile.[a-c]", "Dockerfile.c", true)]
    [TestCase("Dockerfile.{1..3}", "Dockerfile.2", true)]
    [TestCase("Dockerfile.{1..3}", "Dockerfile.4", false)]
    [TestCase("{a,{b,c}}.Dockerfile", "c.Dockerfile", true)]
    [TestCase("\\*.Dockerfile", "*.Dockerfile", true)]
    [TestCase("\\*.Dockerfile", "x.Dockerfile", false)]
    [TestCase("*", "Dockerfile", true)]
    public void Editorconfig_globs(string glob, string path, bool expected) =>
        Assert.That(EditorConfigGlob.Parse(glob).IsMatch(path), Is.EqualTo(expected), glob + " vs " + path);

    [Test]
    public void Malformed_glob_matches_nothing_and_reports_DF0002()
    {
        var file = EditorConfigFile.Parse("[Dockerfile.[]]\nx = 1\n", "/cfg/.editorconfig");
        Assert.That(file.Sections[0].Glob.IsMatch("Dockerfile.x"), Is.False);
        Assert.That(file.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DF0002" }));
    }

    [Test]
    public void Editorconfig_severities_for_matching_sections()
    {
        const string text = "root = true\n\n[*]\ndotnet_diagnostic.DF2001.severity = warning\n\n[Dockerfile]\n# a comment\ndotnet_diagnostic.DF2001.severity = error\ndfa_diagnostic.DL3008.severity = none\n\n[*.cs]\ndotnet_diagnostic.DF2001.severity = silent\n";
        var file = EditorConfigFile.Parse(text, "/repo/.editorconfig");
        Assert.That(file.IsRoot, Is.True);
        var configuration = AnalysisConfiguration.FromEditorConfig(file, "Dockerfile");
        Assert.That(configuration.Diagnostics, Is.Empty);
        Assert.That(configuration.Severities.Select(s => s.ToString()), Is.EqualTo(new[] { "DF2001 = Warning", "DF2001 = Error", "DL3008 = None" }));
    }

    [Test]
    public void Bad_editorconfig_value_is_DF0002_with_line_and_column()
    {
        var file = EditorConfigFile.Parse("[Dockerfile]\n  dotnet_diagnostic.DF2001.severity =  loud\nnot a property\n", "/repo/.editorconfig");
        var configuration = AnalysisConfiguration.FromEditorConfig(file, "Dockerfile");
        var messages = configuration.Diagnostics.Select(d => d.GetMessage()).ToArray();
        Assert.That(configuration.Diagnostics.All(d => d.Id == "DF0002"), Is.True);
        Assert.That(messages, Has.Some.StartsWith("/repo/.editorconfig(3,1): 'not a property'"));
        Assert.That(messages, Has.Some.StartsWith("/repo/.editorconfig(2,40): 'loud' is not a severity"));
        var span = configuration.Diagnostics.First(d => d.GetMessage().Contains("loud")).Location.GetLineSpan();
        Assert.That(span.Path, Is.EqualTo("/repo/.editorconfig"));
        Assert.That(span.StartLinePosition.Line, Is.EqualTo(1));
        Assert.That(span.StartLinePosition.Character, Is.EqualTo(39));
    }

    [Test]
    public void Hadolint_yaml()
    {
        const string yaml = "ignored:\n  - DL3008\noverride:\n  error:\n    - DL3020\n  info: [DL3009]\n  style: []\ntrustedRegistries:\n  - docker.io\n  - my-company.com:5000\nlabel-schema:\n  author: text\n  version: semver\nstrict-labels: true\nfailure-threshold: warning\nno-color: true\n";
        var configuration = HadolintConfiguration.Parse(yaml, ".hadolint.yaml");
        Assert.That(configuration.Diagnostics, Is.Empty);
        Assert.That(configuration.Severities.Select(s => s.ToString()), Is.EqualTo(new[] { "DL3008 = None", "DL3020 = Error", "DL3009 = Suggestion" }));
        Assert.That(configuration.TrustedRegistries, Is.EqualTo(new[] { "docker.io", "my-company.com:5000" }));
        Assert.That(configuration.LabelSchema["version"], Is.EqualTo("semver"));
        Assert.That(configuration.StrictLabels, Is.True);
        Assert.That(configuration.FailureThreshold, Is.EqualTo(RuleSeverityLevel.Warning));
    }

    [TestCase("ignored: DL3008\n", 1, 10, "'ignored' must be a list")]
    [TestCase("override:\n  fatal: [DL3008]\n", 2, 3, "'fatal' is not a hadolint severity")]
    [TestCase("strict-labels: maybe\n", 1, 16, "'strict-labels' must be true or false")]
    [TestCase("failure-threshold: loud\n", 1, 20, "'loud' is not a failure threshold")]
    [TestCase("label-schema:\n  author: colour\n", 2, 11, "'colour' is not a label type")]
    [TestCase("colour: true\n", 1, 1, "'colour' is not a hadolint setting")]
    [TestCase("ignored: [DL3008\n", 2, 1, "the YAML is malformed")]
    [TestCase("ignored: [DL3006\nfailure-threshold: error\n", 2, 1, "the YAML is malformed: the '[' at line 1, column 10 is not closed")]
    [TestCase("override:\n  error: {DL3006\nstrict-labels: true\n", 3, 1, "the YAML is malformed: ")]
    [TestCase("ignored: [DL3006]\nignored: [DL3008]\n", 2, 1, "the YAML is malformed: the key 'ignored' appears twice in the same mapping")]
    [TestCase("ignored: *ids\n", 1, 10, "the YAML is malformed: the alias '*ids' names no anchor")]
    [TestCase("ignored: \"DL3006\n", 1, 10, "the YAML is malformed: ")]
    [TestCase("- a\n- b\n", 1, 1, "a hadolint configuration is a mapping")]
    public void Bad_hadolint_values_are_DF0002_with_line_and_column(string yaml, int line, int column, string message)
    {
        var configuration = HadolintConfiguration.Parse(yaml, "cfg.yaml");
        Assert.That(configuration.Diagnostics, Has.Length.EqualTo(1));
        Assert.That(configuration.Diagnostics[0].Id, Is.EqualTo("DF0002"));
        Assert.That(configuration.Diagnostics[0].GetMessage(), Does.StartWith($"cfg.yaml({line},{column}): " + message));
    }

    [Test]
    public void Anchors_and_aliases_are_followed()
    {
        var configuration = HadolintConfiguration.Parse("x-common: &ids [DL3006, DL3008]\nignored: *ids\n", "cfg.yaml");
        Assert.That(configuration.Severities.Select(s => s.ToString()), Is.EqualTo(new[] { "DL3006 = None", "DL3008 = None" }));
        Assert.That(configuration.Diagnostics.Single().GetMessage(), Does.StartWith("cfg.yaml(1,1): 'x-common' is not a hadolint setting"));
    }

    [Test]
    public void Only_the_first_document_is_read_but_errors_in_later_ones_are_reported()
    {
        var first = HadolintConfiguration.Parse("ignored: [DL3006]\n---\nignored: [DL3008]\n", "cfg.yaml");
        Assert.That(first.Diagnostics, Is.Empty);
        Assert.That(first.Severities.Select(s => s.RuleId), Is.EqualTo(new[] { "DL3006" }));

        var broken = HadolintConfiguration.Parse("ignored: [DL3006]\n---\nignored: [DL3008\n", "cfg.yaml");
        Assert.That(ConfigurationDiagnostics.IsUnusableFile(broken.Diagnostics.Single()), Is.True);
    }

    /// <summary>
    /// Every prefix of a full configuration, and the full text with each single character deleted, is either read or one
    /// DF0002 for the whole file: YamlDotNet's scanner throws exceptions other than YamlException on some of these.
    /// </summary>
    [Test]
    public void Truncated_or_damaged_yaml_never_throws()
    {
        const string yaml = "ignored: [DL3006, \"DL3008\"]\noverride:\n  error: {a: [DL3020]}\n  info:\n    - DL3009\ntrustedRegistries: ['docker.io']\nlabel-schema: &s\n  author: text\nx: *s\nstrict-labels: true # comment\n";
        var texts = Enumerable.Range(0, yaml.Length).Select(i => yaml.Substring(0, i))
            .Concat(Enumerable.Range(0, yaml.Length).Select(i => yaml.Remove(i, 1)))
            .Concat(Enumerable.Range(0, yaml.Length).Select(i => yaml.Insert(i, "[")))
            .Concat(Enumerable.Range(0, yaml.Length).Select(i => yaml.Insert(i, "{")));
        int malformed = 0;
        foreach (string text in texts)
        {
            AnalysisConfiguration configuration = null!;
            Assert.DoesNotThrow(() => configuration = HadolintConfiguration.Parse(text, "cfg.yaml"), text);
            var unusable = configuration.Diagnostics.Where(ConfigurationDiagnostics.IsUnusableFile).ToList();
            Assert.That(unusable, Has.Count.LessThanOrEqualTo(1), text);
            if (unusable.Count == 1)
            {
                malformed++;
                Assert.That(unusable[0].GetMessage(), Does.Match(@"^cfg\.yaml\(\d+,\d+\): (the YAML is malformed: .+|a hadolint configuration is a mapping of settings)$"), text);
            }
        }

        Assert.That(malformed, Is.GreaterThan(100), "the damaged texts include many malformed ones");
    }

    [Test]
    public void Nesting_is_read_up_to_a_limit()
    {
        int depth = YamlConfigurationReader.MaxDepth - 1;
        string deep = "ignored: " + new string('[', depth) + new string(']', depth) + "\n";
        var configuration = HadolintConfiguration.Parse(deep, "cfg.yaml");
        Assert.That(configuration.Diagnostics.Single().GetMessage(), Is.EqualTo("cfg.yaml(1,11): the items of 'ignored' must be strings"));

        // Deeper (here 100,000 levels, which YamlDotNet's scanner alone would take minutes over) is one DF0002 for the file.
        foreach (string tooDeep in new[] { "ignored: " + new string('[', 100_000) + new string(']', 100_000) + "\n", "ignored: " + new string('[', 100_000) + "\n" })
        {
            var diagnostic = HadolintConfiguration.Parse(tooDeep, "cfg.yaml").Diagnostics.Single();
            Assert.That(ConfigurationDiagnostics.IsUnusableFile(diagnostic), Is.True);
            Assert.That(diagnostic.GetMessage(), Is.EqualTo($"cfg.yaml(1,{10 + depth}): the YAML is malformed: it is nested more than {YamlConfigurationReader.MaxDepth} levels deep"));
        }
    }

    [Test]
    public void Empty_yaml_is_an_empty_configuration() =>
        Assert.That(HadolintConfiguration.Parse(string.Empty, "x.yaml").Diagnostics, Is.Empty);

    [Test]
    public void Load_searches_upward_until_root_and_reads_hadolint_yaml()
    {
        string root = Path.Combine(Path.GetTempPath(), "dfa-config-" + Guid.NewGuid().ToString("N"));
        try
        {
            string sub = Path.Combine(root, "repo", "svc");
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(root, ".editorconfig"), "[*]\ndotnet_diagnostic.TEST200.severity = error\n");
            File.WriteAllText(Path.Combine(root, "repo", ".editorconfig"), "root = true\n[svc/Dockerfile]\ndotnet_diagnostic.TEST100.severity = suggestion\n");
            File.WriteAllText(Path.Combine(sub, ".editorconfig"), "[Dockerfile]\ndotnet_diagnostic.TEST100.severity = error\n");
            File.WriteAllText(Path.Combine(root, "repo", ".hadolint.yml"), "ignored: [DL3020]\n");
            string dockerfile = Path.Combine(sub, "Dockerfile");
            File.WriteAllText(dockerfile, "FROM a\n");

            var configuration = AnalysisConfiguration.Load(dockerfile);
            Assert.That(configuration.Diagnostics, Is.Empty);
            Assert.That(configuration.Severities.Select(s => s.ToString()), Is.EqualTo(new[] { "DL3020 = None", "TEST100 = Suggestion", "TEST100 = Error" }));

            var explicitFile = AnalysisConfiguration.LoadFile(Path.Combine(root, "repo", ".hadolint.yml"));
            Assert.That(explicitFile.Severities.Single().RuleId, Is.EqualTo("DL3020"));
            var missing = AnalysisConfiguration.LoadFile(Path.Combine(root, "missing.yaml"));
            Assert.That(missing.Diagnostics.Single().Id, Is.EqualTo("DF0002"));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Test]
    public void Driver_reports_configuration_diagnostics()
    {
        var configuration = HadolintConfiguration.Parse("colour: 1\n", "cfg.yaml");
        var options = new AnalysisOptions { Analyzers = System.Collections.Immutable.ImmutableArray.Create<DockerfileAnalyzer>(new RunAndCopyAnalyzer()), Configuration = configuration };
        var ids = DockerfileAnalysis.Analyze(Dockerfile.Syntax.DockerfileSyntaxTree.ParseText("FROM a\n"), options).Select(d => d.Id);
        Assert.That(ids, Is.EqualTo(new[] { "DF0002" }));
    }
}
