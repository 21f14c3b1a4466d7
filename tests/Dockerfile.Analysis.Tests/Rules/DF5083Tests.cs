using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5083Tests
{
    private const string Id = "DF5083";

    [TestCase("FROM alpine\nRUN echo a\nrun echo b\n", "3:1")]
    [TestCase("from alpine\nrun echo a\nCOPY a b\n", "3:1")]
    [TestCase("FROM alpine\nRun echo a\n", "2:1")]
    [TestCase("FROM alpine\nrun a\nRUN b\nRUN c\n", "2:1")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nRUN echo a\n")]
    [TestCase("from alpine\nrun echo a\n")]
    [TestCase("arg X\nFROM alpine\nRUN echo a\n")]
    [TestCase("FROM alpine\nONBUILD run echo\n")]
    [TestCase("FROM alpine\nrnu echo\n", TestName = "Silent(an unknown instruction is only DFS0001)")]
    [TestCase("FROM alpine\nRUN a\nRUN b\nrnu echo\n", TestName = "Silent(an unknown lowercase word among uppercase instructions)")]
    [TestCase("from alpine\nFOO a\nBAR b\nFOO c\nrun x\n", TestName = "Silent(unknown instructions do not count toward the majority)")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
