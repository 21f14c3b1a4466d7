using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

/// <summary>
/// Tests as data: every <c>Fixtures/Syntax/*.Dockerfile</c> has its tree, diagnostics and BuildKit dump
/// beside it. <c>UPDATE_BASELINES=1</c> rewrites them for review (never when <c>CI=true</c>).
/// Each fixture is also checked in a CRLF variant generated from it.
/// </summary>
public class SyntaxFixtureTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        SyntaxFixtures.Names().Select(n => new TestCaseData(n).SetName("Fixture(" + n + ")"));

    [Test]
    public void FixturesArePresent() => Assert.That(SyntaxFixtures.Names().Count(), Is.GreaterThanOrEqualTo(25));

    [TestCaseSource(nameof(Cases))]
    public void LfMatchesBaselines(string name)
    {
        string text = SyntaxFixtures.ReadInput(name);
        var tree = DockerfileSyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text), "round-trip");

        var actual = new Dictionary<string, string>
        {
            [name + ".tree.txt"] = TreeDump.Tree(tree.GetRoot()),
            [name + ".diagnostics.txt"] = TreeDump.Diagnostics(tree),
            [name + ".buildkit.txt"] = BuildKitAstDumper.Dump(tree),
        };

        if (SyntaxFixtures.UpdateBaselines)
        {
            foreach (var (file, content) in actual)
            {
                if (SyntaxFixtures.ReadBaseline(file) != content)
                {
                    SyntaxFixtures.WriteBaseline(file, content);
                }
            }

            return;
        }

        Assert.Multiple(() =>
        {
            foreach (var (file, content) in actual)
            {
                var expected = SyntaxFixtures.ReadBaseline(file);
                Assert.That(expected, Is.Not.Null, file + " is missing; run the tests with UPDATE_BASELINES=1 and review it");
                Assert.That(content, Is.EqualTo(expected), file);
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void CrlfVariantHasTheSameMeaning(string name)
    {
        string lf = SyntaxFixtures.ReadInput(name).Replace("\r\n", "\n");
        string crlf = lf.Replace("\n", "\r\n");
        var lfTree = DockerfileSyntaxTree.ParseText(lf);
        var crlfTree = DockerfileSyntaxTree.ParseText(crlf);

        Assert.Multiple(() =>
        {
            Assert.That(crlfTree.GetRoot().ToFullString(), Is.EqualTo(crlf), "round-trip");
            Assert.That(BuildKitAstDumper.Dump(crlfTree), Is.EqualTo(BuildKitAstDumper.Dump(lfTree)), "BuildKit dump");
            Assert.That(TreeDump.Shape(crlfTree.GetRoot()).ToList(), Is.EqualTo(TreeDump.Shape(lfTree.GetRoot()).ToList()), "tree shape");
            Assert.That(DiagnosticLines(crlfTree), Is.EqualTo(DiagnosticLines(lfTree)), "diagnostic ids and lines");
        });
    }

    private static List<string> DiagnosticLines(DockerfileSyntaxTree tree) =>
        tree.GetDiagnostics().Select(d => d.Id + "@" + d.Location.GetLineSpan().StartLinePosition.Line).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
}
