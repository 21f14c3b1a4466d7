using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5081Tests
{
    private const string Id = "DF5081";

    [TestCase("FROM alpine as build\n", "1:13")]
    [TestCase("from alpine AS build\n", "1:13")]
    [TestCase("FROM alpine As build\n", "1:13")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine AS build\n")]
    [TestCase("from alpine as build\n")]
    [TestCase("From alpine as build\n")]
    [TestCase("FROM alpine\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
