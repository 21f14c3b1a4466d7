using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>Readers for the line-based expansion tables (BuildKit's corpus files and our own fixture).</summary>
internal static class ExpansionTestData
{
    /// <summary>The environment every <c>PLATFORM|INPUT|EXPECTED</c> line starts from.</summary>
    public static Dictionary<string, string> BaseEnvironment() => new(StringComparer.Ordinal)
    {
        ["PWD"] = "/home",
        ["SHELL"] = "bash",
        ["KOREAN"] = "한국어",
        ["NULL"] = string.Empty,
    };

    /// <summary>
    /// Reads a <c>PLATFORM|INPUT|EXPECTED</c> table. <c>ENV name=value</c> lines add to the environment of the
    /// lines after them. Each case carries: line number, platform, input, expected, environment.
    /// </summary>
    public static IEnumerable<TestCaseData> ReadTable(string? path, string label)
    {
        if (path is null)
        {
            yield return new TestCaseData(0, "missing", string.Empty, string.Empty, BaseEnvironment())
                .SetName(label + ": corpus file not found");
            yield break;
        }

        Dictionary<string, string> environment = BaseEnvironment();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("#", StringComparison.Ordinal) || line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("ENV ", StringComparison.Ordinal))
            {
                string assignment = line.Substring(4).TrimStart(' ');
                int equals = assignment.IndexOf('=');
                environment = new Dictionary<string, string>(environment, StringComparer.Ordinal)
                {
                    [equals < 0 ? assignment : assignment.Substring(0, equals)] = equals < 0 ? string.Empty : assignment.Substring(equals + 1),
                };
                continue;
            }

            string[] fields = line.Trim().Split('|');
            if (fields.Length != 3)
            {
                throw new InvalidDataException($"{label} line {i + 1}: expected PLATFORM|INPUT|EXPECTED");
            }

            yield return new TestCaseData(i + 1, fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), environment)
                .SetName($"{label}:L{i + 1:D3}");
        }
    }

    /// <summary>Runs one single-word case (<c>A</c>, <c>U</c> or <c>W</c>) and asserts the outcome.</summary>
    public static void AssertWord(int line, string platform, string input, string expected, IReadOnlyDictionary<string, string> environment)
    {
        switch (platform)
        {
            case "A":
                AssertWord(line, input, expected, environment, caseInsensitive: false);
                AssertWord(line, input, expected, environment, caseInsensitive: true);
                break;
            case "U":
                AssertWord(line, input, expected, environment, caseInsensitive: false);
                break;
            case "W":
                AssertWord(line, input, expected, environment, caseInsensitive: true);
                break;
            case "S":
                AssertWords(line, input, expected.Split(','), environment);
                break;
            default:
                Assert.Fail($"line {line}: unknown platform tag '{platform}'");
                break;
        }
    }

    /// <summary>Runs one word-splitting case and asserts the produced words.</summary>
    public static void AssertWords(int line, string input, IReadOnlyList<string> expected, IReadOnlyDictionary<string, string> environment)
    {
        var processor = new ShellWordProcessor();
        ShellWordResult result = processor.ProcessWords(input, environment);
        string[] actual = result.Succeeded ? result.Words.ToArray() : new[] { "error" };
        Assert.That(actual, Is.EqualTo(expected), $"line {line}: ProcessWords({input}) -> {result}");
    }

    private static void AssertWord(int line, string input, string expected, IReadOnlyDictionary<string, string> environment, bool caseInsensitive)
    {
        var processor = new ShellWordProcessor { CaseInsensitiveEnvironment = caseInsensitive };
        ShellWordResult result = processor.ProcessWord(input, environment);
        string mode = caseInsensitive ? "case-insensitive" : "case-sensitive";
        if (expected == "error" || expected.StartsWith("error:", StringComparison.Ordinal))
        {
            Assert.That(result.Succeeded, Is.False, $"line {line} ({mode}): expected an error for {input}, got '{result.Value}'");
            Assert.That(result.Error, Is.Not.Null.And.Not.Empty);
            Assert.That(result.Value, Is.Empty);
            if (expected.Length > "error:".Length)
            {
                Assert.That(result.Error, Does.Contain(expected.Substring("error:".Length).Trim()), $"line {line}");
            }
        }
        else
        {
            Assert.That(result.Succeeded, Is.True, $"line {line} ({mode}): {input} failed: {result.Error}");
            Assert.That(result.Value, Is.EqualTo(expected), $"line {line} ({mode}): {input}");
        }
    }
}
