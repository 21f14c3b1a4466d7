using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5082Tests
{
    private const string Id = "DF5082";

    [TestCase("FROM alpine\nRUN echo a && \\\n\n    echo b\n", "3:1")]
    [TestCase("FROM alpine\nRUN echo a && \\\n   \n    echo b\n", "3:1")]
    [TestCase("FROM alpine\nLABEL a=1 \\\n    # note\n\n    b=2\n", "4:1")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nRUN echo a && \\\n    echo b\n")]
    [TestCase("FROM alpine\nRUN echo a && \\\n    # comment\n    echo b\n")]
    [TestCase("FROM alpine\n\nRUN echo a\n\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);
}
