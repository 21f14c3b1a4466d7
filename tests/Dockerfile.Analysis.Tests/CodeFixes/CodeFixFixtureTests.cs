using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Fuzz;
using Dockerfile.Syntax;
using NUnit.Framework;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>
/// Every fix against its fixtures, in LF and CRLF: each single fix passes the verifier, fix-all gives the
/// <c>.after.Dockerfile</c> (rewritten with <c>UPDATE_BASELINES=1</c>) and is idempotent, and the
/// <c>.nofix.Dockerfile</c> files get no fix. A folder <c>&lt;name&gt;.context/</c> beside a fixture is its build context
/// (read with <see cref="Dockerfile.Analysis.Context.BuildContext.FromDirectory"/>); a file <c>&lt;name&gt;.reason.txt</c>
/// beside a no-fix fixture holds the reason DF2001's diagnostic gives for offering no fix (rewritten with
/// <c>UPDATE_BASELINES=1</c>).
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
        var options = FixFixtures.OptionsFor(path, BeforeSuffix);
        var diagnostics = CodeFixVerifier.Analyze(tree, options).Where(d => d.Id == id).ToList();
        Assert.That(diagnostics, Is.Not.Empty, $"{label}: {id} is not reported");

        int offered = 0;
        foreach (var diagnostic in diagnostics)
        {
            foreach (var fix in Fixes.GetFixes(tree, diagnostic, options))
            {
                Assert.That(fix.EquivalenceKey, Is.EqualTo(id), label);
                CodeFixVerifier.VerifyFix(tree, diagnostic, fix, label, options);
                offered++;
            }
        }

        Assert.That(offered, Is.GreaterThan(0), $"{label}: no fix offered");

        var result = Fixes.FixAll(tree, options, new[] { id });
        string after = result.Text.ToString();
        var afterOptions = FixInvariants.WithDocuments(options, result.DocumentChanges);
        var problems = FixInvariants.FindRegressions(before, after, result.FixesByRule, options, label + " fix-all", afterOptions: afterOptions);
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
        Assert.That(result.FixesByRule.Keys, Is.EqualTo(new[] { id }), label);

        // Other files the fixes wrote: `<name>.after.<file name>` beside the fixture (`.after.dockerignore`).
        string stem = path[..^BeforeSuffix.Length] + ".after";
        foreach (var change in result.DocumentChanges)
        {
            string expectedPath = stem + "." + change.Path.Replace('/', '_').TrimStart('.');
            if (FixFixtures.Update && eol == "\n")
            {
                FixFixtures.Write(expectedPath, change.NewText.ToString());
            }

            Assert.That(File.Exists(expectedPath), Is.True, $"{label}: {expectedPath} is missing; run the tests with UPDATE_BASELINES=1 and review it");
            // A file the fix creates takes the Dockerfile's line endings; one it extends keeps its own (LF on disk here).
            string expected = FixFixtures.Read(expectedPath, change.IsNewDocument ? eol : "\n");
            Assert.That(change.NewText.ToString(), Is.EqualTo(expected), $"{label}: {change.Path} differs from {Path.GetFileName(expectedPath)}");
        }

        var expectedDocuments = Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(stem) + ".*").Where(f => !f.EndsWith(".Dockerfile", StringComparison.Ordinal)).Count();
        Assert.That(result.DocumentChanges.Length, Is.EqualTo(expectedDocuments), $"{label}: the other files changed differ from the .after files beside the fixture");

        string afterPath = path[..^BeforeSuffix.Length] + ".after.Dockerfile";
        if (FixFixtures.Update && eol == "\n")
        {
            FixFixtures.Write(afterPath, after);
        }

        Assert.That(File.Exists(afterPath), Is.True, $"{label}: {afterPath} is missing; run the tests with UPDATE_BASELINES=1 and review it");
        Assert.That(after, Is.EqualTo(FixFixtures.Read(afterPath, eol)), $"{label}: differs from the .after file");

        var again = Fixes.FixAll(DockerfileSyntaxTree.ParseText(after), afterOptions, new[] { id });
        Assert.That(again.FixCount, Is.Zero, $"{label}: a second fix-all changed the file again");
    }

    [TestCaseSource(nameof(NoFixCases))]
    public void No_fix_is_offered(string id, string path, string eol)
    {
        string text = FixFixtures.Read(path, eol);
        var tree = DockerfileSyntaxTree.ParseText(text);
        var options = FixFixtures.OptionsFor(path, NoFixSuffix);
        var diagnostics = CodeFixVerifier.Analyze(tree, options).Where(d => d.Id == id).ToList();
        Assert.That(diagnostics, Is.Not.Empty, $"{id} is not reported, so the fixture tests nothing");
        Assert.That(diagnostics.SelectMany(d => Fixes.GetFixes(tree, d, options)), Is.Empty);
        Assert.That(Fixes.FixAll(tree, options, new[] { id }).Text.ToString(), Is.EqualTo(text));

        string reasonPath = path[..^NoFixSuffix.Length] + ".reason.txt";
        string? reason = diagnostics.Select(d => d.Properties.TryGetValue("noFixReason", out var r) ? r : null).FirstOrDefault(r => r != null);
        if (FixFixtures.Update && eol == "\n" && reason != null)
        {
            FixFixtures.Write(reasonPath, reason + "\n");
        }

        if (File.Exists(reasonPath))
        {
            Assert.That(reason, Is.EqualTo(File.ReadAllText(reasonPath).TrimEnd('\r', '\n')), $"{id}/{Path.GetFileName(path)}: the reason for no fix differs from {Path.GetFileName(reasonPath)}");
            Assert.That(diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.EndWith("(no fix: " + reason + ")"));
        }
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
