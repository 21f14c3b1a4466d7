using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5085Tests
{
    private const string Id = "DF5085";

    [TestCase("FROM alpine\nEXPOSE 80/TCP\n", "2:8")]
    [TestCase("FROM alpine\nEXPOSE 80 53/UDP\n", "2:11")]
    [TestCase("FROM alpine\nEXPOSE 8080/Tcp\n", "2:8")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nEXPOSE 80/tcp\n")]
    [TestCase("FROM alpine\nEXPOSE 80\n")]
    [TestCase("FROM alpine\nEXPOSE $PORT/TCP\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
