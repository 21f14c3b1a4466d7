using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5084Tests
{
    private const string Id = "DF5084";

    [TestCase("FROM alpine\nENV FOO bar\n", "2:5")]
    [TestCase("FROM alpine\nLABEL maintainer me@example.com\n", "2:7")]
    [TestCase("FROM alpine\nENV PATH /a:$PATH\n", "2:5")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nENV FOO=bar\n")]
    [TestCase("FROM alpine\nLABEL a=b c=d\n")]
    [TestCase("FROM alpine\nONBUILD ENV FOO bar\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
