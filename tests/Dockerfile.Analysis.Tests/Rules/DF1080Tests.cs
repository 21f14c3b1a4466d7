using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1080Tests
{
    private const string Id = "DF1080";

    [TestCase("FROM alpine AS scratch\n", "1:16")]
    [TestCase("FROM alpine AS context\n", "1:16")]
    [TestCase("FROM alpine AS Scratch\n", "1:16")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM scratch\n")]
    [TestCase("FROM alpine AS build\n")]
    [TestCase("FROM alpine AS scratch-build\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
