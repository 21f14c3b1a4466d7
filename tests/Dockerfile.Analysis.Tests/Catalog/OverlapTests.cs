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
        [("DF1001", "DF2102")] = "apt-get install: the missing -y aborts the build, the missing --no-install-recommends only makes it bigger",
        [("DF1041", "DF2142")] = "yum install: the missing -y aborts the build, the cache left behind makes the layer bigger",
        [("DF1042", "DF2144")] = "dnf install: the missing -y aborts the build, the cache left behind makes the layer bigger",
        [("DF1043", "DF2143")] = "zypper install: the missing non-interactive flag aborts the build, the cache left behind makes the layer bigger",
        [("DF2002", "DF2101")] = "apt-get update: no install after it in the same RUN, and the lists it fetched are left in the layer",
        [("DF2006", "DF2141")] = "pip install keeps its cache in the layer: either a cache mount or --no-cache-dir fixes it, and each rule names one (hadolint users expect DL3042)",
        [("DF1009", "DF5080")] = "a stage name: used twice (an error), and not in lower case (style)",
        [("DF1080", "DF5080")] = "a stage name: reserved (an error), and not in lower case (style)",
        [("DF1083", "DF1084")] = "BuildKit's two checks of a FROM's variables: one undefined, and one whose default makes the reference invalid",
        [("DF3012", "DF3081")] = "FROM --platform with a constant: hadolint's DL3029 and BuildKit's FromPlatformFlagConstDisallowed, each kept under the id its users know",
        [("DF2004", "DF4004")] = "`COPY . .`: generated folders that rebuild the layer for nothing (the cache), and secrets that end up in it (security); both are fixed in .dockerignore, but for different files",
        [("DF4001", "DF4041")] = "USER: the last user is root, and it is given by name rather than by number",
        [("DF4080", "DF5084")] = "an ENV or ARG key: it looks like a secret, and it uses the legacy `key value` form",
        [("DF1002", "DFS0012")] = "exec form: the JSON is invalid (the parser's warning), and shell form is not recommended there (the rule)",
        [("DF5084", "DFS0006")] = "a malformed key=value (the parser's error) in the legacy form the rule flags",
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
        foreach (var group in diagnostics.Where(d => d.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile).GroupBy(d => d.Location.SourceSpan))
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
