using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Configuration;

/// <summary><see cref="AnalysisOptions.WithConfiguration"/>: the one place a loaded configuration becomes options.</summary>
public class WithConfigurationTests
{
    private static AnalysisConfiguration Yaml(string yaml) => HadolintConfiguration.Parse(yaml, ".hadolint.yaml");

    private static AnalysisConfiguration EditorConfig(string text) =>
        AnalysisConfiguration.FromEditorConfig(EditorConfigFile.Parse(text, ".editorconfig"), "Dockerfile");

    [Test]
    public void Null_returns_the_same_options()
    {
        var options = new AnalysisOptions();
        Assert.That(options.WithConfiguration(null), Is.SameAs(options));
    }

    [Test]
    public void Sets_configuration_and_fills_registries_schema_and_strict_labels()
    {
        var configuration = Yaml("trustedRegistries: [registry.example.com]\nlabel-schema:\n  version: semver\nstrict-labels: true\n");
        var options = new AnalysisOptions().WithConfiguration(configuration);
        Assert.That(options.Configuration, Is.SameAs(configuration));
        Assert.That(options.TrustedRegistries, Is.EqualTo(new[] { "registry.example.com" }));
        Assert.That(options.LabelSchema["version"], Is.EqualTo("semver"));
        Assert.That(options.StrictLabels, Is.True);
    }

    [Test]
    public void Values_set_in_code_win_over_the_configuration()
    {
        var configuration = Yaml("trustedRegistries: [registry.example.com]\nlabel-schema:\n  version: semver\n");
        var options = new AnalysisOptions
        {
            TrustedRegistries = ImmutableArray.Create("docker.io"),
            LabelSchema = ImmutableDictionary<string, string>.Empty.Add("owner", "email"),
            StrictLabels = true,
        }.WithConfiguration(configuration);
        Assert.That(options.TrustedRegistries, Is.EqualTo(new[] { "docker.io" }));
        Assert.That(options.LabelSchema.Keys, Is.EqualTo(new[] { "owner" }));
        Assert.That(options.StrictLabels, Is.True, "strict-labels absent from the file does not turn it off");
    }

    [Test]
    public void Other_options_are_copied_and_the_original_is_unchanged()
    {
        string empty = Path.Combine(Path.GetTempPath(), "dfa-options-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        var context = BuildContext.FromDirectory(empty);
        Directory.Delete(empty);
        var cache = new AnalyzerCache();
        var original = new AnalysisOptions
        {
            BuildContext = context,
            Target = "build",
            BuildArguments = ImmutableDictionary<string, string>.Empty.Add("A", "1"),
            Cache = cache,
            AllowParallel = false,
            EnabledRules = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "DF5001"),
        };
        var options = original.WithConfiguration(Yaml("trustedRegistries: [r.example.com]\noverride:\n  warning: [DL3057]\n"));
        Assert.That(options, Is.Not.SameAs(original));
        Assert.That(options.BuildContext, Is.SameAs(context));
        Assert.That(options.Target, Is.EqualTo("build"));
        Assert.That(options.BuildArguments["A"], Is.EqualTo("1"));
        Assert.That(options.Cache, Is.SameAs(cache));
        Assert.That(options.AllowParallel, Is.False);
        Assert.That(options.EnabledRules, Does.Contain("DF5001"));
        Assert.That(options.EnabledRules, Does.Contain("DF3048"));
        Assert.That(original.EnabledRules, Is.EquivalentTo(new[] { "DF5001" }));
        Assert.That(original.TrustedRegistries, Is.Empty);
        Assert.That(original.Configuration, Is.Null);
    }

    [TestCase("override:\n  warning: [DL3057]\n", true)]
    [TestCase("override:\n  info: [DF3048]\n", true)]
    [TestCase("ignored: [DL3057]\n", false)]
    [TestCase("override:\n  warning: [DL3057]\nignored: [DF3048]\n", false)]
    public void Opt_in_rule_with_a_severity_is_turned_on(string yaml, bool on)
    {
        var options = new AnalysisOptions().WithConfiguration(Yaml(yaml));
        Assert.That(options.EnabledRules.Contains("DF3048"), Is.EqualTo(on));

        // DF3048 (hadolint's DL3057) reports a Dockerfile without HEALTHCHECK.
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine:3.20\nCMD [\"sh\"]\n");
        var ids = DockerfileAnalysis.Analyze(tree, options).Select(d => d.Id);
        Assert.That(ids.Contains("DF3048"), Is.EqualTo(on));
    }

    [TestCase("error", true)]
    [TestCase("suggestion", true)]
    [TestCase("silent", false)]
    [TestCase("none", false)]
    public void Editorconfig_severity_turns_an_opt_in_rule_on_unless_silent_or_none(string level, bool on)
    {
        var options = new AnalysisOptions().WithConfiguration(EditorConfig("[Dockerfile]\ndotnet_diagnostic.DF5001.severity = " + level + "\n"));
        Assert.That(options.EnabledRules.Contains("DF5001"), Is.EqualTo(on));
    }

    [Test]
    public void Rules_on_by_default_are_not_added()
    {
        var options = new AnalysisOptions().WithConfiguration(EditorConfig("[Dockerfile]\ndotnet_diagnostic.DF2001.severity = error\n"));
        Assert.That(options.EnabledRules, Is.Empty);
    }

    [Test]
    public void Trusted_registries_from_the_configuration_reach_DF4003()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM docker.io/library/alpine:3.20\n");
        var plain = DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Configuration = Yaml("trustedRegistries: [registry.example.com]\n") });
        Assert.That(plain.Select(d => d.Id), Does.Not.Contain("DF4003"), "Configuration alone is only the filter");

        var options = new AnalysisOptions().WithConfiguration(Yaml("trustedRegistries: [registry.example.com]\n"));
        Assert.That(DockerfileAnalysis.Analyze(tree, options).Select(d => d.Id), Does.Contain("DF4003"));
    }

    [Test]
    public void Cache_reads_each_file_once_and_matches_the_uncached_load()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dfa-config-cache-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        try
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[Dockerfile]\ndotnet_diagnostic.DF2001.severity = error\n[*.Dockerfile]\ndotnet_diagnostic.DF2001.severity = none\n");
            File.WriteAllText(Path.Combine(folder, ".hadolint.yaml"), "ignored: [DL3006]\n");
            var cache = new AnalysisConfigurationCache();
            foreach (string path in new[] { "Dockerfile", "api.Dockerfile", "sub/Dockerfile" })
            {
                string full = Path.Combine(folder, path);
                var cached = cache.Load(full);
                var uncached = AnalysisConfiguration.Load(full);
                Assert.That(cached.Severities.Select(s => s.ToString()), Is.EqualTo(uncached.Severities.Select(s => s.ToString())), path);
                Assert.That(cached.Files, Is.EqualTo(uncached.Files), path);
            }

            Assert.That(cache.Load(Path.Combine(folder, "api.Dockerfile")).Severities.Last().Level, Is.EqualTo(RuleSeverityLevel.None));
            Assert.That(cache.Load(Path.Combine(folder, "Dockerfile")).Severities.Last().Level, Is.EqualTo(RuleSeverityLevel.Error));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Unusable_files_are_marked_and_bad_values_are_not()
    {
        Assert.That(Yaml("ignored: [DL3006\n").Diagnostics.Single(), Has.Property("Id").EqualTo("DF0002"));
        Assert.That(ConfigurationDiagnostics.IsUnusableFile(Yaml("ignored: [DL3006\n").Diagnostics.Single()), Is.True);
        Assert.That(ConfigurationDiagnostics.IsUnusableFile(Yaml("- a\n- b\n").Diagnostics.Single()), Is.True);
        Assert.That(ConfigurationDiagnostics.IsUnusableFile(AnalysisConfiguration.LoadFile("/no/such/.hadolint.yaml").Diagnostics.Single()), Is.True);
        Assert.That(ConfigurationDiagnostics.IsUnusableFile(Yaml("strict-labels: maybe\n").Diagnostics.Single()), Is.False);
    }
}
