using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1082Tests
{
    private const string Id = "DF1082";

    [TestCase("FROM alpine\nEXPOSE 8080:80\n", "2:8")]
    [TestCase("FROM alpine\nEXPOSE 127.0.0.1:8080:80/tcp\n", "2:8")]
    [TestCase("FROM alpine\nEXPOSE 80 443:443\n", "2:11")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nEXPOSE 80\n")]
    [TestCase("FROM alpine\nEXPOSE 8000-8010/udp\n")]
    [TestCase("FROM alpine\nEXPOSE ${PORT}\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
