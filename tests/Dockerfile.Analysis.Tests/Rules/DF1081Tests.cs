using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1081Tests
{
    private const string Id = "DF1081";

    [TestCase("FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]\n", "2:1")]
    [TestCase("FROM alpine\nENTRYPOINT [\"a\"]\nRUN x\nENTRYPOINT [\"b\"]\n", "2:1")]
    [TestCase("FROM alpine\nHEALTHCHECK NONE\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\n", "2:1 3:1")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nCMD [\"a\"]\nFROM alpine\nCMD [\"b\"]\n")]
    [TestCase("FROM alpine\nCMD [\"a\"]\nENTRYPOINT [\"b\"]\n")]
    [TestCase("FROM alpine\nONBUILD CMD [\"a\"]\nCMD [\"b\"]\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
