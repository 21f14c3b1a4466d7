using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Syntax;
using NUnit.Framework;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>
/// Every fix against its fixtures, in LF and CRLF: each single fix passes the verifier, fix-all gives the
/// <c>.after.Dockerfile</c> (rewritten with <c>UPDATE_BASELINES=1</c>) and is idempotent, and the
/// <c>.nofix.Dockerfile</c> files get no fix.
/// </summary>
public class CodeFixFixtureTests
{
    private const string BeforeSuffix = ".before.Dockerfile";
    private const string NoFixSuffix = ".nofix.Dockerfile";

    public static IEnumerable<TestCaseData> BeforeCases() => Cases(BeforeSuffix);

    public static IEnumerable<TestCaseData> NoFixCases() => Cases(NoFixSuffix);

    [TestCaseSource(nameof(BeforeCases))]
    public void Fix_gives_the_after_file(string id, string path, string eol)
    {
        string label = $"{id}/{Path.GetFileName(path)} ({(eol == "\n" ? "LF" : "CRLF")})";
        string before = FixFixtures.Read(path, eol);
        var tree = DockerfileSyntaxTree.ParseText(before);
        var diagnostics = CodeFixVerifier.Analyze(tree).Where(d => d.Id == id).ToList();
        Assert.That(diagnostics, Is.Not.Empty, $"{label}: {id} is not reported");

        int offered = 0;
        foreach (var diagnostic in diagnostics)
        {
            foreach (var fix in Fixes.GetFixes(tree, diagnostic))
            {
                Assert.That(fix.EquivalenceKey, Is.EqualTo(id), label);
                CodeFixVerifier.VerifyFix(tree, diagnostic, fix, label);
                offered++;
            }
        }

        Assert.That(offered, Is.GreaterThan(0), $"{label}: no fix offered");

        var result = Fixes.FixAll(tree, CodeFixVerifier.AllRules, new[] { id });
        string after = result.Text.ToString();
        CodeFixVerifier.VerifyNotWorse(before, after, result.FixesByRule, label + " fix-all");
        Assert.That(result.FixesByRule.Keys, Is.EqualTo(new[] { id }), label);

        string afterPath = path[..^BeforeSuffix.Length] + ".after.Dockerfile";
        if (FixFixtures.Update && eol == "\n")
        {
            FixFixtures.Write(afterPath, after);
        }

        Assert.That(File.Exists(afterPath), Is.True, $"{label}: {afterPath} is missing; run the tests with UPDATE_BASELINES=1 and review it");
        Assert.That(after, Is.EqualTo(FixFixtures.Read(afterPath, eol)), $"{label}: differs from the .after file");

        var again = Fixes.FixAll(DockerfileSyntaxTree.ParseText(after), CodeFixVerifier.AllRules, new[] { id });
        Assert.That(again.FixCount, Is.Zero, $"{label}: a second fix-all changed the file again");
    }

    [TestCaseSource(nameof(NoFixCases))]
    public void No_fix_is_offered(string id, string path, string eol)
    {
        string text = FixFixtures.Read(path, eol);
        var tree = DockerfileSyntaxTree.ParseText(text);
        var diagnostics = CodeFixVerifier.Analyze(tree).Where(d => d.Id == id).ToList();
        Assert.That(diagnostics, Is.Not.Empty, $"{id} is not reported, so the fixture tests nothing");
        Assert.That(diagnostics.SelectMany(d => Fixes.GetFixes(tree, d)), Is.Empty);
        Assert.That(Fixes.FixAll(tree, CodeFixVerifier.AllRules, new[] { id }).Text.ToString(), Is.EqualTo(text));
    }

    [Test]
    public void Every_fixable_rule_has_fixtures()
    {
        foreach (string id in Fixes.BuiltInProviders.SelectMany(p => p.FixableDiagnosticIds).Where(id => RuleCatalog.Find(id) != null))
        {
            Assert.That(FixFixtures.Files(BeforeSuffix).Any(f => f.Id == id), Is.True, $"{id} has no {BeforeSuffix} fixture");
            Assert.That(File.Exists(Path.Combine(FixFixtures.Directory, "..", "..", "..", "..", "docs", "rules", id + ".md")), Is.True);
        }
    }

    private static IEnumerable<TestCaseData> Cases(string suffix)
    {
        foreach (var (id, name, path) in FixFixtures.Files(suffix))
        {
            yield return new TestCaseData(id, path, "\n").SetName($"{id} {name} LF");
            yield return new TestCaseData(id, path, "\r\n").SetName($"{id} {name} CRLF");
        }
    }
}
