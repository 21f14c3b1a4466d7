using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Catalog;

/// <summary>
/// One rule per problem: no two rules may report on the same source span (same line, same start and end) of a
/// documentation example or of a file of the shared corpus (<c>shared/corpus/real</c>, skipped when absent), unless
/// the pair is on <see cref="s_allowed"/> because the two rules find genuinely different problems there.
/// </summary>
public class OverlapTests
{
    /// <summary>Rule pairs (lower id first) that may share a span, and why they are different problems.</summary>
    private static readonly Dictionary<(string, string), string> s_allowed = new()
    {
    };

    [Test]
    public void NoTwoRulesReportTheSameSpanOfADocsExample()
    {
        var overlaps = new List<string>();
        foreach (var example in RuleCatalog.All.SelectMany(r => RuleDocs.Examples(r.Id)))
        {
            BuildContext? context = null;
            if (example.ContextFiles != null || example.DockerIgnore != null)
            {
                var ignore = example.DockerIgnore == null ? null : DockerIgnoreFile.Parse(example.DockerIgnore, ".dockerignore");
                context = BuildContext.FromFiles(example.ContextFiles ?? Array.Empty<string>(), ignore);
            }

            Collect($"docs/rules/{example.RuleId}.md ({(example.IsBad ? "bad" : "good")})", example.Text, context, overlaps);
        }

        Assert.That(overlaps, Is.Empty, string.Join("\n", overlaps));
    }

    [Test]
    public void NoTwoRulesReportTheSameSpanOfACorpusFile()
    {
        string? corpus = TestCorpus.FindCorpusDirectory();
        string? manifest = corpus == null ? null : Path.Combine(corpus, "real", "MANIFEST.tsv");
        if (manifest == null || !File.Exists(manifest))
        {
            TestCorpus.Skip("the shared corpus (shared/corpus/real) is not present");
            return;
        }

        var overlaps = new List<string>();
        foreach (string line in File.ReadAllLines(manifest).Skip(1).Where(l => l.Length > 0))
        {
            string file = line.Split('\t')[0];
            string text = new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(corpus!, "real", file)));
            Collect(file, text, null, overlaps);
        }

        Assert.That(overlaps, Is.Empty, string.Join("\n", overlaps.Take(200)));
    }

    private static void Collect(string name, string text, BuildContext? context, List<string> overlaps)
    {
        var tree = DockerfileSyntaxTree.ParseText(text, "Dockerfile");
        var diagnostics = DockerfileAnalysis.Analyze(tree, new AnalysisOptions { BuildContext = context });
        foreach (var group in diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => d.Location.SourceSpan))
        {
            var ids = group.Select(d => d.Id).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
            for (int i = 0; i < ids.Count; i++)
            {
                for (int j = i + 1; j < ids.Count; j++)
                {
                    if (!s_allowed.ContainsKey((ids[i], ids[j])))
                    {
                        var position = group.First().Location.GetLineSpan().StartLinePosition;
                        overlaps.Add($"{ids[i]} and {ids[j]} both report {name} at {position.Line + 1}:{position.Character + 1}");
                    }
                }
            }
        }
    }
}
