using System;
using System.Collections.Generic;
using System.IO;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>Runs BuildKit's own expansion tables (from the shared corpus) against <c>ShellWordProcessor</c>.</summary>
[TestFixture]
public sealed class ShellWordProcessorCorpusTests
{
    private const string MissingCorpus =
        "The shared corpus (../shared/corpus/buildkit-shell next to the repository) is not available; " +
        "the behaviour is still covered by Fixtures/expansion.txt.";

    /// <summary>One case per line of <c>envVarTest</c>.</summary>
    public static IEnumerable<TestCaseData> EnvVarCases()
        => ExpansionTestData.ReadTable(TestCorpus.FindFile("buildkit-shell", "envVarTest"), "envVarTest");

    /// <summary>One case per non-ENV line of <c>wordsTest</c>; ENV lines accumulate into the environment.</summary>
    public static IEnumerable<TestCaseData> WordsCases()
    {
        string? path = TestCorpus.FindFile("buildkit-shell", "wordsTest");
        if (path is null)
        {
            yield return new TestCaseData(0, string.Empty, string.Empty, new Dictionary<string, string>())
                .SetName("wordsTest: corpus file not found");
            yield break;
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("ENV ", StringComparison.Ordinal))
            {
                string assignment = line.Substring(3).TrimStart(' ');
                int equals = assignment.IndexOf('=');
                environment = new Dictionary<string, string>(environment, StringComparer.Ordinal)
                {
                    [equals < 0 ? assignment : assignment.Substring(0, equals)] = equals < 0 ? string.Empty : assignment.Substring(equals + 1),
                };
                continue;
            }

            string[] fields = line.Split('|');
            if (fields.Length != 2)
            {
                throw new InvalidDataException($"wordsTest line {i + 1}: expected INPUT | EXPECTED");
            }

            yield return new TestCaseData(i + 1, fields[0].Trim(), fields[1].TrimStart(' '), environment)
                .SetName($"wordsTest:L{i + 1:D3}");
        }
    }

    /// <summary>Checks one <c>envVarTest</c> line.</summary>
    [TestCaseSource(nameof(EnvVarCases))]
    public void EnvVarTest(int line, string platform, string input, string expected, Dictionary<string, string> environment)
    {
        if (line == 0)
        {
            TestCorpus.Skip(MissingCorpus);
        }

        ExpansionTestData.AssertWord(line, platform, input, expected, environment);
    }

    /// <summary>Checks one <c>wordsTest</c> line.</summary>
    [TestCaseSource(nameof(WordsCases))]
    public void WordsTest(int line, string input, string expected, Dictionary<string, string> environment)
    {
        if (line == 0)
        {
            TestCorpus.Skip(MissingCorpus);
        }

        ExpansionTestData.AssertWords(line, input, expected.Split(','), environment);
    }
}
