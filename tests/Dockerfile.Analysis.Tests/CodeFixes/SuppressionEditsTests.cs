using System.Linq;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary><see cref="SuppressionEdits"/>: each edit gives the expected text, and the analysis of that text no longer reports the finding.</summary>
public class SuppressionEditsTests
{
    private static string Apply(string text, string id, bool checkSkip)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var diagnostic = DockerfileAnalysis.Analyze(tree).First(d => d.Id == id);
        var change = checkSkip ? SuppressionEdits.CheckSkip(tree, diagnostic) : SuppressionEdits.IgnoreComment(tree, diagnostic);
        Assert.That(change, Is.Not.Null);
        string result = tree.GetText().WithChanges(change!.Value).ToString();
        var after = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(result));
        Assert.That(after.Select(d => d.Id), Does.Not.Contain(id), result);
        return result;
    }

    [TestCase("FROM alpine\nMAINTAINER me\n", "FROM alpine\n# dfa ignore=DF3040\nMAINTAINER me\n")]
    [TestCase("FROM alpine\r\nMAINTAINER me\r\n", "FROM alpine\r\n# dfa ignore=DF3040\r\nMAINTAINER me\r\n")]
    [TestCase("FROM alpine\nONBUILD RUN x\n  MAINTAINER me", "FROM alpine\nONBUILD RUN x\n  # dfa ignore=DF3040\n  MAINTAINER me")]
    public void Ignore_comment_goes_on_the_line_above_with_its_indentation(string text, string expected) =>
        Assert.That(Apply(text, "DF3040", checkSkip: false), Is.EqualTo(expected));

    [TestCase("FROM alpine\nMAINTAINER me\n", "# check=skip=MaintainerDeprecated\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("FROM alpine\r\nMAINTAINER me\r\n", "# check=skip=MaintainerDeprecated\r\nFROM alpine\r\nMAINTAINER me\r\n")]
    [TestCase("# check=skip=JSONArgsRecommended\nFROM alpine\nMAINTAINER me\n", "# check=skip=JSONArgsRecommended,MaintainerDeprecated\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check=error=true;skip=JSONArgsRecommended\nFROM alpine\nMAINTAINER me\n", "# check=error=true;skip=JSONArgsRecommended,MaintainerDeprecated\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check=skip=JSONArgsRecommended;error=false\nFROM alpine\nMAINTAINER me\n", "# check=skip=JSONArgsRecommended,MaintainerDeprecated;error=false\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check=error=false\nFROM alpine\nMAINTAINER me\n", "# check=error=false;skip=MaintainerDeprecated\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check= skip=\nFROM alpine\nMAINTAINER me\n", "# check= skip=MaintainerDeprecated\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check=skip=JSONArgsRecommended // why\nFROM alpine\nMAINTAINER me\n", "# check=skip=JSONArgsRecommended,MaintainerDeprecated // why\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check=error=true // why\nFROM alpine\nMAINTAINER me\n", "# check=error=true;skip=MaintainerDeprecated // why\nFROM alpine\nMAINTAINER me\n")]
    public void Check_skip_names_the_BuildKit_check_in_the_directive(string text, string expected) =>
        Assert.That(Apply(text, "DF3040", checkSkip: true), Is.EqualTo(expected));

    [TestCase("# check= skip =\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check=Skip=JSONArgsRecommended\nFROM alpine\nMAINTAINER me\n")]
    [TestCase("# check=skip=all\nFROM alpine\nMAINTAINER me\n")]
    public void A_directive_BuildKit_rejects_or_that_skips_all_gets_no_check_skip(string text)
    {
        // BuildKit reads "skip =" up to its space ("skip", no value) and "Skip" is not its key: it rejects both.
        var tree = DockerfileSyntaxTree.ParseText(text);
        var diagnostic = DockerfileAnalysis.Analyze(tree).FirstOrDefault(d => d.Id == "DF3040");
        Assert.That(diagnostic is null || SuppressionEdits.CheckSkip(tree, diagnostic) is null, Is.True);
    }

    [Test]
    public void A_rule_without_a_BuildKit_check_gets_no_check_skip()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine\nCOPY . .\nRUN npm ci\n");
        var diagnostic = DockerfileAnalysis.Analyze(tree).First(d => d.Id == "DF2001");
        Assert.That(SuppressionEdits.CheckSkip(tree, diagnostic), Is.Null);
    }
}
