using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Fuzz;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Fuzz;

/// <summary>
/// Every input the fuzzers found breaking an invariant, kept under <c>Fixtures/Fuzz/TARGET/</c> and run through the
/// same target code as the harness (<c>fuzz/Dockerfile.Fuzz/Checks</c>, linked into this project). An input listed in
/// <c>Fixtures/Fuzz/pending.txt</c> waits for a fix on another branch: it is skipped while it still fails, and the
/// test fails once it passes, so that the line is removed.
/// </summary>
public class FuzzRegressionTests
{
    private static readonly string s_root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Fuzz");

    /// <summary>The kept inputs: target and path relative to <c>Fixtures/Fuzz</c>.</summary>
    public static IEnumerable<TestCaseData> Findings()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Fuzz");
        foreach (string target in FuzzTargets.Names)
        {
            string folder = Path.Combine(root, target);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
            {
                string relative = target + "/" + Path.GetFileName(file);
                yield return new TestCaseData(target, relative).SetName("Fuzz finding " + relative);
            }
        }
    }

    [TestCaseSource(nameof(Findings))]
    public void A_kept_finding_holds_every_invariant_of_its_target(string target, string relative)
    {
        byte[] input = File.ReadAllBytes(Path.Combine(s_root, relative));
        string? pending = Pending().TryGetValue(relative, out string? why) ? why : null;
        Exception? failure = null;
        try
        {
            FuzzTargets.Run(target, input);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        if (pending != null)
        {
            if (failure != null)
            {
                Assert.Ignore($"{relative} still fails, expected to pass after {pending}: {failure.GetType().Name}: {failure.Message}");
            }

            Assert.Fail($"{relative} passes now: remove its line from Fixtures/Fuzz/pending.txt ({pending})");
        }

        Assert.That(failure, Is.Null, $"{relative}: {failure}");
    }

    [Test]
    public void Every_kept_input_is_under_a_target_and_every_pending_line_names_one()
    {
        var kept = Findings().Select(c => (string)c.Arguments[1]!).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            // A folder that is not a target's name would never run.
            foreach (string folder in Directory.EnumerateDirectories(s_root))
            {
                Assert.That(FuzzTargets.Names, Does.Contain(Path.GetFileName(folder)), "Fixtures/Fuzz/" + Path.GetFileName(folder) + " is not a fuzz target");
            }

            Assert.That(Directory.EnumerateFiles(s_root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "pending.txt" }), "kept inputs go in a target's folder");
            Assert.That(kept, Is.Not.Empty);
            foreach (string relative in Pending().Keys)
            {
                Assert.That(kept, Does.Contain(relative), "pending.txt names a file that is not kept");
            }
        });
    }

    [Test]
    public void The_shared_checks_catch_a_broken_invariant()
    {
        // An incremental tree that does not match its text, and a "fix" that adds a problem, must be reported.
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine\nRUN echo hi\n");
        var other = SourceText.From("FROM alpine\nRUN echo ho\n");
        Assert.Throws<FuzzInvariantException>(() => IncrementalInvariants.SameAsFreshParse(tree, other, "a mismatched text"));
        Assert.DoesNotThrow(() => IncrementalInvariants.SameAsFreshParse(tree, tree.GetText(), "the same text"));

        var worse = FixInvariants.FindRegressions("FROM alpine:3.20\n", "FROM alpine:3.20\nFROM alpine:3.20\n", new Dictionary<string, int>(), FuzzTargets.AllRules, "worse");
        Assert.That(worse, Is.Not.Empty, "a change that adds diagnostics is worse");
        var crlf = FixInvariants.FindRegressions("FROM alpine:3.20\r\n", "FROM alpine:3.20\n", new Dictionary<string, int>(), FuzzTargets.AllRules, "line endings");
        Assert.That(crlf, Has.Some.Contains("line ending"));
        Assert.Throws<ArgumentException>(() => FuzzTargets.Run("no-such-target", Array.Empty<byte>()));
    }

    [Test]
    public void An_edit_script_applies_its_edits_in_order()
    {
        // Document "ab", then: at 1 delete 0 insert "X"; at 0 delete 1 insert fragment 2 ("\n").
        byte[] input = { (byte)'a', (byte)'b', 0, 0, 1, 0, 1, (byte)'X', 0, 0, 1, 0xE2 };
        var edits = EditScript.Parse(input, out string document);
        Assert.That(document, Is.EqualTo("ab"));
        var text = SourceText.From(document);
        foreach (var edit in edits)
        {
            text = text.WithChanges(edit(text));
        }

        Assert.That(text.ToString(), Is.EqualTo("\nXb"));
    }

    private static Dictionary<string, string> Pending()
    {
        string file = Path.Combine(s_root, "pending.txt");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return result;
        }

        foreach (string line in File.ReadAllLines(file))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            result[tab < 0 ? line : line.Substring(0, tab)] = tab < 0 ? "a fix elsewhere" : line.Substring(tab + 1);
        }

        return result;
    }
}
