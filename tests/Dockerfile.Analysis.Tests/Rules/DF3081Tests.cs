using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF3081Tests
{
    private const string Id = "DF3081";

    [TestCase("FROM --platform=linux/amd64 alpine\n", "1:6")]
    [TestCase("FROM --platform=linux/arm64 alpine AS build\n", "1:6")]
    [TestCase("ARG X=1\nFROM --platform=windows alpine\n", "2:6")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM --platform=$BUILDPLATFORM alpine\n")]
    [TestCase("FROM --platform=linux/amd64 alpine AS build-amd64\n")]
    [TestCase("FROM --platform=linux/arm64 alpine AS linux-builder\n")]
    [TestCase("FROM alpine\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
