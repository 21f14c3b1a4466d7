using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5086Tests
{
    private const string Id = "DF5086";

    [TestCase("# a comment\nFROM alpine AS build\n", "1:1")]
    [TestCase("FROM alpine\n# the version\nARG VERSION=1\n", "2:1")]
    [TestCase("FROM alpine\n# what\nARG A B\n", "2:1")]
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
}
