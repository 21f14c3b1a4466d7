using System.Linq;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5086Tests
{
    private const string Id = "DF5086";

    [TestCase("# a comment\nFROM alpine AS build\n", "2:1")]
    [TestCase("FROM alpine\n# the version\nARG VERSION=1\n", "3:1")]
    [TestCase("FROM alpine\n# what\nARG A B\n", "3:1")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("# build the app\nFROM alpine AS build\n")]
    [TestCase("# a comment\n\nFROM alpine AS build\n")]
    [TestCase("# a comment\nFROM alpine\n")]
    [TestCase("FROM alpine\n# VERSION of the tool\nARG VERSION=1\n")]
    [TestCase("FROM alpine\n# hadolint ignore=DL3006\nARG V\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    // By default (no rule enabled by configuration) only BuildKit's experimental= directive turns the check on.
    [TestCase("# check=experimental=InvalidDefinitionDescription\nFROM alpine\n# a comment\nFROM alpine AS build\n", new[] { "DF5086@4" })]
    [TestCase("# check=experimental=all\nFROM alpine\n# what\nARG A\n", new[] { "DF5086@4" })]
    [TestCase("# check=experimental=all;skip=all\nFROM alpine\n# what\nARG A\n", new[] { "DF5086@4" })]
    [TestCase("# check=experimental=InvalidDefinitionDescription;skip=InvalidDefinitionDescription\nFROM alpine\n# what\nARG A\n", new[] { "DF5086@4" })]
    [TestCase("# check=skip=JSONArgsRecommended\nFROM alpine\n# what\nARG A\n", new string[0])]
    [TestCase("# check=experimental=JSONArgsRecommended\nFROM alpine\n# what\nARG A\n", new string[0])]
    [TestCase("FROM alpine\n# what\nARG A\n", new string[0])]
    public void Experimental_directive_turns_it_on(string dockerfile, string[] expected)
    {
        var tree = Dockerfile.Syntax.DockerfileSyntaxTree.ParseText(dockerfile);
        var found = DockerfileAnalysis.Analyze(tree).Where(d => d.Id == Id).Select(d => d.Id + "@" + (d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.That(found, Is.EqualTo(expected));
    }
}
