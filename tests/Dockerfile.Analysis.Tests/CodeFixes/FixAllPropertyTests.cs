using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Fuzz;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>
/// Fix-all on real files must never make them worse: the result parses with no new syntax diagnostics, the fixed
/// diagnostics are gone, no rule reports more than before, and a second fix-all changes nothing.
/// </summary>
public class FixAllPropertyTests
{
    [Test]
    public void Fix_all_on_the_shared_corpus_never_makes_a_file_worse()
    {
        if (TestCorpus.RealFiles() is not var (real, files))
        {
            TestCorpus.Skip("the shared corpus (shared/corpus/real) is not present");
            return;
        }

        Check(files, real);
    }

    [Test]
    public void Fix_all_on_our_fixtures_and_samples_never_makes_a_file_worse()
    {
        var files = Directory.EnumerateFiles(FixFixtures.Directory, "*.Dockerfile", SearchOption.AllDirectories).ToList();
        string samples = Path.GetFullPath(Path.Combine(FixFixtures.Directory, "..", "..", "..", "..", "samples"));
        if (Directory.Exists(samples))
        {
            files.AddRange(Directory.EnumerateFiles(samples, "*Dockerfile*", SearchOption.AllDirectories));
        }

        files.Sort(StringComparer.Ordinal);
        Check(files, FixFixtures.Directory);
    }

    private static void Check(IReadOnlyList<string> files, string root)
    {
        var watch = Stopwatch.StartNew();
        int changed = 0;
        int fixes = 0;
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            foreach (string file in files)
            {
                string text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
                string label = Path.GetRelativePath(root, file);
                // The same checks as the fuzz harness's fixall target (fuzz/Dockerfile.Fuzz/Checks/FixInvariants.cs).
                var problems = FixInvariants.CheckFixAll(text, CodeFixVerifier.AllRules, label, out var result);
                Assert.That(problems, Is.Empty, string.Join("\n", problems));
                if (result.FixCount == 0)
                {
                    continue;
                }

                changed++;
                fixes += result.FixCount;
                foreach (var (id, count) in result.FixesByRule)
                {
                    byRule[id] = byRule.TryGetValue(id, out int n) ? n + count : count;
                }
            }
        });

        string summary = $"{files.Count} files, {changed} changed, {fixes} fixes ({string.Join(", ", byRule.Select(kv => kv.Key + ": " + kv.Value))}) in {watch.Elapsed.TotalSeconds:0.0} s";
        TestContext.Out.WriteLine(summary);
        TestContext.Progress.WriteLine(summary);
    }
}
