using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Formatting;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Formatting;

/// <summary>
/// The proof on real files: every Dockerfile of the shared corpus (the files listed in <c>real/MANIFEST.tsv</c>) and
/// every BuildKit parser golden file (<c>buildkit-parser/**/Dockerfile</c>) is formatted, with the default options and
/// with every option turned away from its default, and <see cref="FormattingProof"/> must find nothing. Skipped with a
/// message when the corpus is absent; the fixtures cover each behaviour without it.
/// </summary>
public class FormatterCorpusTests
{
    private static readonly DockerfileFormattingOptions s_everyOption = new()
    {
        IndentStyle = IndentStyle.Tab,
        LineEnding = LineEnding.CrLf,
        KeywordCase = KeywordCase.Lower,
        ContinuationIndent = 2,
        MaxBlankLines = 0,
        JsonArraySpacing = JsonArraySpacing.Spaced,
        SpaceAfterCommentHash = true,
        LegacyEnvToEquals = true,
    };

    [Test]
    public void Formatting_the_corpus_keeps_what_BuildKit_builds()
    {
        var files = CorpusFiles();
        int changed = Run(files, DockerfileFormattingOptions.Default, diagnostics: true);
        TestContext.Out.WriteLine($"{files.Count} corpus files formatted with the default options, {changed} changed");
        Assert.That(changed, Is.GreaterThan(0), "no corpus file changed: the proof proved nothing");
    }

    [Test]
    public void Formatting_the_corpus_with_every_option_changed_keeps_what_BuildKit_builds()
    {
        var files = CorpusFiles();
        int changed = Run(files, s_everyOption, diagnostics: false);
        TestContext.Out.WriteLine($"{files.Count} corpus files formatted with every option changed, {changed} changed");
        Assert.That(changed, Is.GreaterThan(0));
    }

    private static int Run(List<(string Label, string Text)> files, DockerfileFormattingOptions options, bool diagnostics)
    {
        var problems = new List<string>();
        int changed = 0;
        foreach (var (label, text) in files)
        {
            string formatted;
            try
            {
                formatted = DockerfileFormatter.Format(DockerfileSyntaxTree.ParseText(text), options).ToString();
            }
            catch (Exception ex)
            {
                problems.Add($"{label}: the formatter threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            if (!string.Equals(formatted, text, StringComparison.Ordinal))
            {
                changed++;
            }

            foreach (string problem in FormattingProof.Check(text, formatted, options, diagnostics))
            {
                problems.Add(label + ": " + problem);
            }
        }

        Assert.That(problems, Is.Empty, $"{problems.Count} problems; one of each kind:\n" + string.Join("\n", problems.GroupBy(Kind).Select(g => g.First() + " (" + g.Count() + " like it)").Take(40)));
        return changed;
    }

    /// <summary>A problem without its file and numbers, to show one of each kind.</summary>
    private static string Kind(string problem)
    {
        int colon = problem.IndexOf(": ", StringComparison.Ordinal);
        string rest = System.Text.RegularExpressions.Regex.Replace(colon < 0 ? problem : problem.Substring(colon + 2), "[0-9]+", "N");
        return rest.Length > 30 ? rest.Substring(0, 30) : rest;
    }

    private static List<(string Label, string Text)> CorpusFiles()
    {
        string? corpus = TestCorpus.FindCorpusDirectory();
        string? manifest = corpus == null ? null : Path.Combine(corpus, "real", "MANIFEST.tsv");
        if (corpus == null || !File.Exists(manifest))
        {
            TestCorpus.Skip("the shared corpus (shared/corpus/real/MANIFEST.tsv beside the repository) is not present; the formatting fixtures cover each behaviour");
            return new List<(string, string)>();
        }

        var utf8 = new UTF8Encoding(false);
        var files = File.ReadAllLines(manifest!).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')[0])
            .Select(name => (Label: "real/" + name, Text: utf8.GetString(File.ReadAllBytes(Path.Combine(corpus, "real", name)))))
            .ToList();
        string buildkit = Path.Combine(corpus, "buildkit-parser");
        if (Directory.Exists(buildkit))
        {
            files.AddRange(Directory.GetFiles(buildkit, "Dockerfile", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (Label: Path.GetRelativePath(corpus, p), Text: utf8.GetString(File.ReadAllBytes(p)))));
        }

        return files;
    }
}
