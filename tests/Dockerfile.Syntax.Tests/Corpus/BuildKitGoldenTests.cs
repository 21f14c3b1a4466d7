using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Corpus;

/// <summary>BuildKit's parser golden files: our tree lowered to BuildKit's AST dump equals each <c>result</c>.</summary>
public class BuildKitGoldenTests
{
    public static IEnumerable<TestCaseData> PositiveCases()
    {
        if (TestCorpus.Root == null)
        {
            yield return new TestCaseData("(corpus absent)").SetName("BuildKitPositive(corpus absent)");
            yield break;
        }

        foreach (var dir in Directory.GetDirectories(Path.Combine(TestCorpus.Root, "buildkit-parser", "testfiles")).OrderBy(d => d, System.StringComparer.Ordinal))
        {
            yield return new TestCaseData(Path.GetFileName(dir)).SetName("BuildKitPositive(" + Path.GetFileName(dir) + ")");
        }
    }

    public static IEnumerable<TestCaseData> NegativeCases()
    {
        if (TestCorpus.Root == null)
        {
            yield return new TestCaseData("(corpus absent)").SetName("BuildKitNegative(corpus absent)");
            yield break;
        }

        foreach (var dir in Directory.GetDirectories(Path.Combine(TestCorpus.Root, "buildkit-parser", "testfiles-negative")).OrderBy(d => d, System.StringComparer.Ordinal))
        {
            yield return new TestCaseData(Path.GetFileName(dir)).SetName("BuildKitNegative(" + Path.GetFileName(dir) + ")");
        }
    }

    [TestCaseSource(nameof(PositiveCases))]
    public void PositiveCaseDumpsLikeBuildKit(string name)
    {
        string root = TestCorpus.Require();
        string dir = Path.Combine(root, "buildkit-parser", "testfiles", name);
        var tree = DockerfileSyntaxTree.ParseText(TestCorpus.ReadText(Path.Combine(dir, "Dockerfile")));
        string expected = TestCorpus.ReadText(Path.Combine(dir, "result")).Replace("\r\n", "\n");
        Assert.That(BuildKitAstDumper.Dump(tree), Is.EqualTo(expected));
        Assert.That(tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    [TestCaseSource(nameof(NegativeCases))]
    public void NegativeCaseHasAnError(string name)
    {
        string root = TestCorpus.Require();
        var tree = DockerfileSyntaxTree.ParseText(TestCorpus.ReadText(Path.Combine(root, "buildkit-parser", "testfiles-negative", name, "Dockerfile")));
        Assert.That(tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), Is.True);
    }
}
