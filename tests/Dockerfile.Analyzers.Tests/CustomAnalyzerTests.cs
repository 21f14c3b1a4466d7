using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Tests.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using DockerfileAnalyzer = Dockerfile.Analysis.DockerfileAnalyzer;

namespace Dockerfile.Analyzers.Tests;

/// <summary>The Roslyn host of a rule author's analyzers (docs/analysis.md's ACME001).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class AcmeDockerfileAnalyzer : DockerfileDiagnosticAnalyzerBase
{
    protected override ImmutableArray<DockerfileAnalyzer> CreateAnalyzers() => ImmutableArray.Create<DockerfileAnalyzer>(new InternalRegistryAnalyzer());
}

/// <summary>A host that lists nothing: it must run nothing (not, as an empty list means to the library, every built-in rule).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyDockerfileAnalyzer : DockerfileDiagnosticAnalyzerBase
{
    protected override ImmutableArray<DockerfileAnalyzer> CreateAnalyzers() => ImmutableArray<DockerfileAnalyzer>.Empty;
}

/// <summary>A host whose analyzer throws.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingDockerfileAnalyzer : DockerfileDiagnosticAnalyzerBase
{
    protected override ImmutableArray<DockerfileAnalyzer> CreateAnalyzers() => ImmutableArray.Create<DockerfileAnalyzer>(new ThrowingRule());

    private sealed class ThrowingRule : DockerfileAnalyzer
    {
        private static readonly DiagnosticDescriptor s_descriptor = RuleInfo.CreateDescriptor("ACME900", "Throws", "Throws", "Test", DiagnosticSeverity.Warning);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_descriptor);

        public override void Initialize(Dockerfile.Analysis.AnalysisContext context) =>
            context.RegisterStageAction(_ => throw new InvalidOperationException("the rule is broken"));
    }
}

/// <summary>
/// A custom rule runs through <see cref="DockerfileDiagnosticAnalyzerBase"/> with the built-in analyzer's pipeline:
/// the same inputs, severities and suppressions, its own descriptors, and cached results of its own.
/// </summary>
[NonParallelizable]
public class CustomAnalyzerTests
{
    private static AnalyzerHarness Acme(AnalyzerHarness? harness = null) =>
        Samples.PythonPipenv(harness).Let(h => h.Analyzers.Clear()).Let(h => h.Analyzers.Add(new AcmeDockerfileAnalyzer()));

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Select(AnalyzerHarness.Describe).ToArray();

    [Test]
    public void SupportedDiagnostics_are_the_listed_analyzers_descriptors_and_DF0001()
    {
        var supported = new AcmeDockerfileAnalyzer().SupportedDiagnostics;

        Assert.That(supported.Select(d => d.Id), Is.EqualTo(new[] { "ACME001", "DF0001" }));
        Assert.That(supported[0], Is.SameAs(InternalRegistryAnalyzer.Descriptor), "the author's descriptor, as written");
        Assert.That(new EmptyDockerfileAnalyzer().SupportedDiagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DF0001" }));
    }

    [Test]
    public void The_custom_rule_is_reported_at_the_Dockerfile_line_with_its_message()
    {
        var diagnostics = Acme().Run();

        Assert.That(Describe(diagnostics), Is.EqualTo(new[] { "/repo/app/Dockerfile(1,6): warning ACME001" }));
        Assert.That(diagnostics[0].GetMessage(), Is.EqualTo("`python:3.12-slim` is not pulled from registry.acme.test; use its mirror there"));
        Assert.That(diagnostics[0].Descriptor.HelpLinkUri, Is.EqualTo(InternalRegistryAnalyzer.Descriptor.HelpLinkUri));
    }

    [TestCase("dotnet_diagnostic.ACME001.severity = none", null)]
    [TestCase("dotnet_diagnostic.ACME001.severity = error", "error")]
    [TestCase("dfa_diagnostic.ACME001.severity = suggestion", "info")]
    public void An_editorconfig_Dockerfile_section_sets_its_severity(string setting, string? expected)
    {
        var diagnostics = Acme().Configuration(".editorconfig", "root = true\n\n[Dockerfile]\n" + setting + "\n").Run();

        Assert.That(Describe(diagnostics), Is.EqualTo(expected is null ? Array.Empty<string>() : new[] { "/repo/app/Dockerfile(1,6): " + expected + " ACME001" }));
    }

    [Test]
    public void Inline_suppressions_hadolint_configuration_and_the_compiler_apply()
    {
        var harness = new AnalyzerHarness().Dockerfile("Dockerfile", "# dfa ignore=ACME001 the base image is vetted\nFROM alpine:3.20\nFROM debian:12\n");
        harness.Analyzers.Clear();
        harness.Analyzers.Add(new AcmeDockerfileAnalyzer());
        Assert.That(Describe(harness.Run()), Is.EqualTo(new[] { "/repo/app/Dockerfile(3,6): warning ACME001" }));

        Assert.That(Describe(Acme().Configuration(".hadolint.yaml", "ignored: [ACME001]\n").Run()), Is.Empty);
        Assert.That(Describe(Acme().Let(h => h.CommandLineSeverities["ACME001"] = ReportDiagnostic.Suppress).Run()), Is.Empty, "NoWarn");
        Assert.That(Describe(Acme().Let(h => h.CommandLineSeverities["ACME001"] = ReportDiagnostic.Error).Run()), Is.EqualTo(new[] { "/repo/app/Dockerfile(1,6): error ACME001" }), "WarningsAsErrors");
    }

    [Test]
    public void With_the_built_in_analyzer_each_diagnostic_is_reported_once()
    {
        // A parse error (DFS0001), a bad configuration value (DF0002), a built-in rule (DF2001) and ACME001.
        var harness = new AnalyzerHarness()
            .Dockerfile("Dockerfile", Samples.Read("python-pipenv/Dockerfile") + "FROBNICATE now\n")
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py")
            .ContextFile("Pipfile", Samples.Read("python-pipenv/Pipfile"))
            .Configuration(".editorconfig", "root = true\n\n[Dockerfile]\ndotnet_diagnostic.DF2140.severity = loud\n");
        harness.Analyzers.Add(new AcmeDockerfileAnalyzer());

        var ids = harness.Run().Select(d => d.Id).ToArray();

        Assert.That(ids.Where(id => id == "ACME001"), Has.Exactly(1).Items);
        Assert.That(ids.Where(id => id == "DF2001"), Has.Exactly(1).Items);
        Assert.That(ids.Where(id => id == "DFS0001"), Has.Exactly(1).Items);
        Assert.That(ids.Where(id => id == "DF0002"), Has.Exactly(1).Items);
    }

    [Test]
    public void Two_hosts_never_share_cached_results()
    {
        AnalysisResultCache.Clear();
        int before = AnalysisResultCache.Analyses;

        var builtIn = Describe(Samples.PythonPipenv().Run());
        var custom = Describe(Acme().Run());
        var customAgain = Describe(Acme().Run());

        Assert.That(builtIn, Does.Contain("/repo/app/Dockerfile(8,1): warning DF2001").And.No.Contain("/repo/app/Dockerfile(1,6): warning ACME001"));
        Assert.That(custom, Is.EqualTo(new[] { "/repo/app/Dockerfile(1,6): warning ACME001" }), "the same inputs, but not the built-in host's results");
        Assert.That(customAgain, Is.EqualTo(custom));
        Assert.That(AnalysisResultCache.Analyses - before, Is.EqualTo(2), "one analysis per host; the third run was a cache hit");
    }

    [Test]
    public void A_host_that_lists_no_analyzer_reports_nothing()
    {
        var harness = Samples.PythonPipenv();
        harness.Analyzers.Clear();
        harness.Analyzers.Add(new EmptyDockerfileAnalyzer());

        Assert.That(Describe(harness.Run()), Is.Empty);
    }

    [Test]
    public void A_throwing_analyzer_is_DF0001_from_its_host_and_the_others_still_report()
    {
        var harness = Acme();
        harness.Analyzers.Add(new ThrowingDockerfileAnalyzer());

        var diagnostics = harness.Run();

        Assert.That(diagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { "ACME001", "DF0001" }));
        Assert.That(diagnostics.Single(d => d.Id == "DF0001").GetMessage(), Does.Contain("ThrowingRule").And.Contain("the rule is broken"));
    }
}
