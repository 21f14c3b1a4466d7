using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF3080Tests
{
    private const string Id = "DF3080";

    [TestCase("FROM --platform=$TARGETPLATFORM alpine\n", "1:6")]
    [TestCase("FROM --platform=${TARGETPLATFORM} alpine AS a\n", "1:6")]
    [TestCase("FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine\n", "1:6")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM --platform=$BUILDPLATFORM alpine\n")]
    [TestCase("FROM alpine\n")]
    [TestCase("FROM --platform=${TARGETOS}/${TARGETARCH} alpine\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
