using System.Collections.Generic;
using System.IO;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>Runs our own expansion table, <c>Fixtures/expansion.txt</c>, which needs no external corpus.</summary>
[TestFixture]
public sealed class ShellWordProcessorFixtureTests
{
    /// <summary>One case per line of the fixture.</summary>
    public static IEnumerable<TestCaseData> Cases()
        => ExpansionTestData.ReadTable(
            Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "expansion.txt"),
            "expansion");

    /// <summary>Checks one fixture line.</summary>
    [TestCaseSource(nameof(Cases))]
    public void Expansion(int line, string platform, string input, string expected, Dictionary<string, string> environment)
    {
        Assert.That(line, Is.GreaterThan(0), "Fixtures/expansion.txt was not copied to the test output");
        ExpansionTestData.AssertWord(line, platform, input, expected, environment);
    }
}
