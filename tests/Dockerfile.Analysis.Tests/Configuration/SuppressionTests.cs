using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Configuration;

public class SuppressionTests
{
    private static string[] Run(string text, AnalysisConfiguration? configuration = null)
    {
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new RunAndCopyAnalyzer()), Configuration = configuration, Cache = null };
        var tree = DockerfileSyntaxTree.ParseText(text);
        return DockerfileAnalysis.Analyze(tree, options)
            .Select(d => d.Id + "@" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ":" + d.Severity)
            .ToArray();
    }

    [Test]
    public void Nothing_suppressed() =>
        Assert.That(Run("FROM a\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST100@2:Warning", "TEST200@3:Warning" }));

    [Test]
    public void Dfa_ignore_before_an_instruction_with_a_reason() =>
        Assert.That(Run("FROM a\n# dfa ignore=TEST100 because we must\nRUN x\nRUN y\n"), Is.EqualTo(new[] { "TEST100@4:Warning" }));

    [Test]
    public void Several_ids_and_several_comment_lines() =>
        Assert.That(Run("FROM a\n# dfa ignore=TEST200,TEST100\n# another comment\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST200@5:Warning" }));

    [Test]
    public void A_blank_line_ends_the_comment_block() =>
        Assert.That(Run("FROM a\n# dfa ignore=TEST100\n\nRUN x\n"), Is.EqualTo(new[] { "TEST100@4:Warning" }));

    [Test]
    public void Dfa_global_ignore() =>
        Assert.That(Run("FROM a\nRUN x\n# dfa global ignore=TEST100\nRUN y\nCOPY a b\n"), Is.EqualTo(new[] { "TEST200@5:Warning" }));

    [Test]
    public void Hadolint_ignore_maps_through_equivalents() =>
        Assert.That(Run("FROM a\n# hadolint ignore=DL3008\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST200@4:Warning" }));

    [Test]
    public void Hadolint_global_ignore() =>
        Assert.That(Run("# hadolint global ignore=DL3020\nFROM a\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST100@3:Warning" }));

    [Test]
    public void Hadolint_allows_blanks_around_the_equals_sign_and_the_commas() =>
        Assert.That(Run("# hadolint global ignore = DL3020 , DL3008\nFROM a\nRUN x\nCOPY a b\n"), Is.Empty);

    [Test]
    public void Hadolint_ignore_with_blanks_before_the_next_instruction() =>
        Assert.That(Run("FROM a\n# hadolint ignore =DL3020,  DL3008 # a reason after a hash\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST200@4:Warning" }));

    [TestCase("# hadolint ignore=DL3008,foo")]
    [TestCase("# hadolint ignore=DL3008,dl3020")]
    [TestCase("# hadolint ignore=DL3008 because it is pinned elsewhere")]
    [TestCase("# hadolint ignore=DL3008,")]
    [TestCase("# hadolint ignore=")]
    [TestCase("# Hadolint ignore=DL3008")]
    [TestCase("# hadolintignore=DL3008")]
    public void A_hadolint_comment_hadolint_cannot_read_ignores_nothing(string comment) =>
        Assert.That(Run("FROM a\n" + comment + "\nRUN x\n"), Is.EqualTo(new[] { "TEST100@3:Warning" }));

    [Test]
    public void Hadolint_ignore_acts_on_the_line_right_below_it_only() =>
        Assert.That(Run("FROM a\n# hadolint ignore=DL3008\n# a note\nRUN x\n"), Is.EqualTo(new[] { "TEST100@4:Warning" }));

    [Test]
    public void Dfa_ignore_with_blanks_and_a_reason() =>
        Assert.That(Run("FROM a\n# dfa ignore = TEST100, TEST200 both are fine here\nRUN x\nRUN y\n"), Is.EqualTo(new[] { "TEST100@4:Warning" }));

    [Test]
    public void Hadolint_stage_ignore_above_a_from_covers_that_stage_only() =>
        Assert.That(Run("# hadolint stage ignore=DL3008\nFROM a\nRUN x\nRUN y\nFROM b\nRUN z\n"), Is.EqualTo(new[] { "TEST100@6:Warning" }));

    [Test]
    public void Dfa_stage_ignore_inside_a_stage_covers_the_rest_of_it() =>
        Assert.That(Run("FROM a\nRUN x\n# dfa stage ignore=TEST100\nRUN y\nRUN w\nFROM b\nRUN z\n"), Is.EqualTo(new[] { "TEST100@2:Warning", "TEST100@7:Warning" }));

    [Test]
    public void Stage_ignore_in_the_last_stage_runs_to_the_end() =>
        Assert.That(Run("FROM a\nRUN x\n# hadolint stage ignore=DL3008,DL3020\nFROM b\nRUN z\nCOPY a b\n"), Is.EqualTo(new[] { "TEST100@2:Warning" }));

    [Test]
    public void A_global_ignore_separated_by_a_blank_line_still_applies() =>
        Assert.That(Run("# hadolint global ignore=DL3008\n\nFROM a\nRUN x\n"), Is.Empty);

    [Test]
    public void Check_directive_skip_by_buildkit_name() =>
        Assert.That(Run("# check=skip=JSONArgsRecommended\nFROM a\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST200@4:Warning" }));

    [Test]
    public void Check_directive_value_ends_at_its_first_space() =>
        Assert.That(Run("# check=skip=JSONArgsRecommended // the exec form is not wanted here\nFROM a\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST200@4:Warning" }));

    [Test]
    public void Check_directive_after_a_space_is_not_read() =>
        Assert.That(Run("# check=error=false skip=JSONArgsRecommended\nFROM a\nRUN x\n"), Is.EqualTo(new[] { "TEST100@3:Warning" }));

    [Test]
    public void Check_directive_keys_are_exact_as_in_buildkit() =>
        Assert.That(Run("# check=Skip=JSONArgsRecommended\nFROM a\nRUN x\n"), Is.EqualTo(new[] { "TEST100@3:Warning" }));

    [Test]
    public void Check_directive_skip_all_covers_rules_with_buildkit_equivalents() =>
        Assert.That(Run("# check=skip=all\nFROM a\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST200@4:Warning" }));

    [Test]
    public void Check_directive_error_true_makes_buildkit_warnings_errors() =>
        Assert.That(Run("# check=error=true\nFROM a\nRUN x\nCOPY a b\n"), Is.EqualTo(new[] { "TEST100@3:Error", "TEST200@4:Warning" }));

    [Test]
    public void Check_comment_before_from_skips_in_that_stage() =>
        Assert.That(Run("# x\n# check=skip=JSONArgsRecommended\nFROM a\nRUN x\nRUN z\nFROM b\nRUN y\n"), Is.EqualTo(new[] { "TEST100@7:Warning" }));

    [Test]
    public void Check_directive_is_not_a_comment_after_a_comment()
    {
        // Only a real directive (top of file) is file-wide; later it acts on the next instruction only.
        Assert.That(Run("FROM a\n# check=skip=JSONArgsRecommended\nRUN x\nRUN y\n"), Is.EqualTo(new[] { "TEST100@4:Warning" }));
    }

    [Test]
    public void Configuration_severity_applies_after_mapping()
    {
        var configuration = new AnalysisConfiguration { Severities = ImmutableArray.Create(new SeveritySetting("DL3008", RuleSeverityLevel.Error), new SeveritySetting("test200", RuleSeverityLevel.Suggestion)) };
        Assert.That(Run("FROM a\nRUN x\nCOPY a b\n", configuration), Is.EqualTo(new[] { "TEST100@2:Error", "TEST200@3:Info" }));
    }

    [TestCase(RuleSeverityLevel.None)]
    [TestCase(RuleSeverityLevel.Silent)]
    public void None_and_silent_remove(RuleSeverityLevel level)
    {
        var configuration = new AnalysisConfiguration { Severities = ImmutableArray.Create(new SeveritySetting("TEST100", level)) };
        Assert.That(Run("FROM a\nRUN x\nCOPY a b\n", configuration), Is.EqualTo(new[] { "TEST200@3:Warning" }));
    }

    [Test]
    public void Later_setting_wins()
    {
        var configuration = new AnalysisConfiguration { Severities = ImmutableArray.Create(new SeveritySetting("TEST100", RuleSeverityLevel.None), new SeveritySetting("TEST100", RuleSeverityLevel.Error)) };
        Assert.That(Run("FROM a\nRUN x\n", configuration), Is.EqualTo(new[] { "TEST100@2:Error" }));
    }

    [Test]
    public void Changed_severity_keeps_message_and_help_link()
    {
        var d = DiagnosticFilter.WithSeverity(Diagnostic.Create(RunAndCopyAnalyzer.Run, Location.None), DiagnosticSeverity.Error);
        Assert.That(d.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(d.GetMessage(), Is.EqualTo("a RUN"));
        Assert.That(d.Descriptor.HelpLinkUri, Is.EqualTo("docs/rules/TEST100.md"));
    }
}
