using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5080Tests
{
    private const string Id = "DF5080";

    [TestCase("FROM alpine AS Build\n", "1:16")]
    [TestCase("FROM alpine AS BUILD\nFROM BUILD\n", "1:16")]
    [TestCase("from alpine as myStage\n", "1:16")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine AS build\n")]
    [TestCase("FROM alpine\n")]
    [TestCase("FROM alpine AS build-2\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
