using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1084Tests
{
    private const string Id = "DF1084";

    [TestCase("ARG TAG\nFROM alpine:$TAG\n", "2:6")]
    [TestCase("ARG IMAGE\nFROM $IMAGE\n", "2:6")]
    [TestCase("ARG IMG=Alpine\nFROM ${IMG}\n", "2:6")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("ARG TAG=3.20\nFROM alpine:$TAG\n")]
    [TestCase("ARG TAG\nFROM alpine:${TAG:-latest}\n")]
    [TestCase("FROM alpine:3.20\n")]
    [TestCase("ARG REG=localhost:5000\nFROM $REG/app:1\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
