using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Corpus;

/// <summary>
/// BuildKit's shell-word tables read structurally: each input becomes <c>WORKDIR &lt;input&gt;</c> (one word
/// with quotes and variables as nodes). The tree must round-trip; an input BuildKit rejects for its syntax
/// (an unterminated quote or a malformed <c>${...}</c>) must give DFS0007 or DFS0008, and an accepted input
/// must give neither.
/// Skip rule: rejections that only happen while expanding are not syntax, so they are not expected
/// to be diagnosed: <c>?</c> modifiers (<c>${X?}</c>, <c>${X:?msg}</c> fail when the variable is unset or empty)
/// and pattern errors in <c>#</c>, <c>%</c> and <c>/</c> substitutions.
/// </summary>
public class ShellTableTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        if (TestCorpus.Root == null)
        {
            yield return new TestCaseData("(corpus absent)", false).SetName("ShellTable(corpus absent)");
            yield break;
        }

        foreach (var line in File.ReadAllLines(Path.Combine(TestCorpus.Root, "buildkit-shell", "envVarTest")))
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('|');
            string input = fields[1].Trim();
            yield return new TestCaseData(input, fields[2].Trim() == "error").SetName($"EnvVarTest({TreeDump.Escape(input)})");
        }

        foreach (var line in File.ReadAllLines(Path.Combine(TestCorpus.Root, "buildkit-shell", "wordsTest")))
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0 || line.StartsWith("ENV ", StringComparison.Ordinal))
            {
                continue;
            }

            int bar = line.LastIndexOf('|');
            string input = line.Substring(0, bar).Trim();
            yield return new TestCaseData(input, line.Substring(bar + 1).Trim() == "error").SetName($"WordsTest({TreeDump.Escape(input)})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void WordSyntaxMatchesBuildKit(string input, bool rejected)
    {
        TestCorpus.Require();
        string text = "WORKDIR " + input + "\n";
        var tree = DockerfileSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));

        var syntaxErrors = tree.GetDiagnostics().Where(d => d.Id is "DFS0007" or "DFS0008").Select(d => d.Id + ": " + d.GetMessage()).ToList();
        if (!rejected || IsEvaluationError(input))
        {
            // Accepted, or rejected only when expanded (a `?` modifier with the variable unset): valid syntax.
            Assert.That(syntaxErrors, Is.Empty, rejected ? "An evaluation error, not a syntax error" : "BuildKit accepts this word");
        }
        else
        {
            Assert.That(syntaxErrors, Is.Not.Empty, "BuildKit rejects this word's syntax");
        }
    }

    private static bool IsEvaluationError(string input) =>
        input.Contains("?}", StringComparison.Ordinal) || input.Contains(":?", StringComparison.Ordinal)
        || input.Contains("${XXX?", StringComparison.Ordinal);
}
