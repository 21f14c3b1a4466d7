using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>
/// The severity of each diagnostic from every source of configuration: the analyzer applies the .editorconfig files,
/// the analyzer options and .hadolint.yaml (which the compiler does not apply to additional files); the compiler
/// applies NoWarn, WarningsAsErrors, TreatWarningsAsErrors and .globalconfig; hadolint ids and BuildKit check names work
/// wherever an id does.
/// </summary>
public class SeverityTests
{
    // The sample with a shell-form CMD: DF2001 (warning), DF2140 (DL3059, info) and DF1002 (DL3025, JSONArgsRecommended).
    private static AnalyzerHarness Sample() =>
        new AnalyzerHarness()
            .Dockerfile("Dockerfile", Samples.Read("python-pipenv/Dockerfile").Replace("CMD [\"python\", \"app.py\"]", "CMD python app.py"))
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py")
            .ContextFile("Pipfile", Samples.Read("python-pipenv/Pipfile"));

    private static string? SeverityOf(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id).Select(d => d.Severity.ToString()).SingleOrDefault();

    [Test]
    public void Without_configuration_each_rule_has_its_default_severity()
    {
        var diagnostics = Sample().Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Warning"));
        Assert.That(SeverityOf(diagnostics, "DF2140"), Is.EqualTo("Info"));
        Assert.That(SeverityOf(diagnostics, "DF1002"), Is.EqualTo("Warning"));
    }

    [TestCase("dotnet_diagnostic.DF2001.severity = error", "DF2001", "Error")]
    [TestCase("dotnet_diagnostic.DF2001.severity = none", "DF2001", null)]
    [TestCase("dotnet_diagnostic.DF2001.severity = silent", "DF2001", null)]
    [TestCase("dotnet_diagnostic.DF2140.severity = warning", "DF2140", "Warning")]
    [TestCase("dotnet_diagnostic.DL3059.severity = warning", "DF2140", "Warning")]
    [TestCase("dotnet_diagnostic.DL3059.severity = none", "DF2140", null)]
    [TestCase("dotnet_diagnostic.JSONArgsRecommended.severity = error", "DF1002", "Error")]
    [TestCase("dfa_diagnostic.DL3025.severity = suggestion", "DF1002", "Info")]
    public void An_editorconfig_section_for_the_Dockerfile_sets_the_severity(string setting, string id, string? expected)
    {
        var diagnostics = Sample().Configuration(".editorconfig", "root = true\n\n[Dockerfile]\n" + setting + "\n").Run();

        Assert.That(SeverityOf(diagnostics, id), Is.EqualTo(expected));
        Assert.That(SeverityOf(diagnostics, id == "DF2001" ? "DF1002" : "DF2001"), Is.EqualTo("Warning"), "the other rules keep their severity");
    }

    [TestCase("[*.cs]")]
    [TestCase("[*.Dockerfile]")]
    public void An_editorconfig_section_for_other_files_does_not_apply(string header)
    {
        var diagnostics = Sample().Configuration(".editorconfig", header + "\ndotnet_diagnostic.DF2001.severity = none\n").Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Warning"));
    }

    [Test]
    public void The_nearest_editorconfig_wins_and_root_stops_the_search()
    {
        var nearestWins = Sample()
            .Configuration("/repo/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF2001.severity = none\n")
            .Configuration(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF2001.severity = error\n")
            .Run();
        Assert.That(SeverityOf(nearestWins, "DF2001"), Is.EqualTo("Error"));

        var outerApplies = Sample()
            .Configuration("/repo/.editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DF2001.severity = none\n")
            .Configuration(".editorconfig", "[*.cs]\nindent_size = 4\n")
            .Run();
        Assert.That(SeverityOf(outerApplies, "DF2001"), Is.Null);

        var rootStops = Sample()
            .Configuration("/repo/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF2001.severity = none\n")
            .Configuration(".editorconfig", "root = true\n")
            .Run();
        Assert.That(SeverityOf(rootStops, "DF2001"), Is.EqualTo("Warning"));
    }

    [Test]
    public void An_editorconfig_in_another_folder_does_not_apply()
    {
        var diagnostics = Sample().Configuration("/repo/other/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF2001.severity = none\n").Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Warning"));
    }

    [Test]
    public void A_bad_editorconfig_value_is_DF0002_in_the_editorconfig()
    {
        var diagnostics = Sample().Configuration(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF2001.severity = loud\n").Run();

        var df0002 = diagnostics.Single(d => d.Id == "DF0002");
        Assert.That(AnalyzerHarness.Describe(df0002), Is.EqualTo("/repo/app/.editorconfig(2,37): warning DF0002"));
        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Warning"));
    }

    [Test]
    public void Severity_keys_among_the_analyzer_options_apply()
    {
        // What the compiler passes for the file: dfa_diagnostic keys of its .editorconfig sections and of .globalconfig.
        var harness = Sample().FileOption("Dockerfile", "dfa_diagnostic.DF2001.severity", "error");
        harness.GlobalOptions["dfa_diagnostic.dl3059.severity"] = "none";
        var diagnostics = harness.Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Error"));
        Assert.That(SeverityOf(diagnostics, "DF2140"), Is.Null);
    }

    [Test]
    public void Hadolint_configuration_applies()
    {
        var diagnostics = Sample().Configuration("/repo/.hadolint.yaml", "ignored:\n  - DL3059\noverride:\n  error:\n    - DL3025\n").Run();

        Assert.That(SeverityOf(diagnostics, "DF2140"), Is.Null);
        Assert.That(SeverityOf(diagnostics, "DF1002"), Is.EqualTo("Error"));
        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Warning"));
    }

    [Test]
    public void The_editorconfig_wins_over_the_hadolint_configuration()
    {
        var diagnostics = Sample()
            .Configuration(".hadolint.yaml", "ignored:\n  - DL3025\n")
            .Configuration(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF1002.severity = error\n")
            .Run();

        Assert.That(SeverityOf(diagnostics, "DF1002"), Is.EqualTo("Error"));
    }

    [Test]
    public void An_opt_in_rule_turned_on_by_configuration_is_reported()
    {
        // DF3048 (hadolint DL3057, no HEALTHCHECK) is off by default; the compiler would drop a diagnostic of a
        // disabled-by-default descriptor that only the analyzer's configuration enables.
        Assert.That(Sample().Run().Select(d => d.Id), Does.Not.Contain("DF3048"));

        var diagnostics = Sample().Configuration(".hadolint.yaml", "override:\n  warning:\n    - DL3057\n").Run();

        Assert.That(SeverityOf(diagnostics, "DF3048"), Is.EqualTo("Warning"));
    }

    [Test]
    public void NoWarn_suppresses_our_id_and_an_equivalent()
    {
        var harness = Sample();
        harness.CommandLineSeverities["DF2001"] = ReportDiagnostic.Suppress;
        harness.CommandLineSeverities["DL3025"] = ReportDiagnostic.Suppress;
        var diagnostics = harness.Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.Null);
        Assert.That(SeverityOf(diagnostics, "DF1002"), Is.Null);
        Assert.That(SeverityOf(diagnostics, "DF2140"), Is.EqualTo("Info"));
    }

    [Test]
    public void WarningsAsErrors_makes_the_warning_an_error()
    {
        var harness = Sample();
        harness.CommandLineSeverities["DF2001"] = ReportDiagnostic.Error;
        harness.CommandLineSeverities["JSONArgsRecommended"] = ReportDiagnostic.Error;
        var diagnostics = harness.Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Error"));
        Assert.That(SeverityOf(diagnostics, "DF1002"), Is.EqualTo("Error"));
    }

    [Test]
    public void TreatWarningsAsErrors_makes_warnings_errors_and_leaves_suggestions()
    {
        var diagnostics = Sample().Let(h => h.GeneralOption = ReportDiagnostic.Error).Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Error"));
        Assert.That(SeverityOf(diagnostics, "DF2140"), Is.EqualTo("Info"));
    }

    [Test]
    public void Globalconfig_severities_apply_to_our_ids_and_equivalents()
    {
        var harness = Sample();
        harness.GlobalConfigSeverities["DF2001"] = ReportDiagnostic.Error;
        harness.GlobalConfigSeverities["DL3059"] = ReportDiagnostic.Suppress;
        var diagnostics = harness.Run();

        Assert.That(SeverityOf(diagnostics, "DF2001"), Is.EqualTo("Error"));
        Assert.That(SeverityOf(diagnostics, "DF2140"), Is.Null);
    }

    [Test]
    public void The_command_line_wins_over_an_editorconfig_that_cannot_be_seen_by_the_compiler()
    {
        // The .editorconfig turns DF2001 into an error; NoWarn still silences it (the compiler has the last word).
        var harness = Sample().Configuration(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF2001.severity = error\n");
        harness.CommandLineSeverities["DF2001"] = ReportDiagnostic.Suppress;

        Assert.That(SeverityOf(harness.Run(), "DF2001"), Is.Null);
    }

    [Test]
    public void An_opt_in_rule_named_in_WarningsAsErrors_by_its_hadolint_id_is_reported_as_an_error()
    {
        var harness = Sample();
        harness.CommandLineSeverities["DL3057"] = ReportDiagnostic.Error;

        Assert.That(SeverityOf(harness.Run(), "DF3048"), Is.EqualTo("Error"));
    }
}
