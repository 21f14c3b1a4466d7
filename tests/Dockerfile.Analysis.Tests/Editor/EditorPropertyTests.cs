using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Editor;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Editor;

/// <summary>
/// Every editor service runs on every file of the shared corpus (and on our fixtures, their CRLF forms and some
/// hostile inputs) at a sample of positions without throwing, and its answer keeps its contract: classification is
/// ordered, non-overlapping, single-line and inside the text; a range request returns what the whole-text request
/// returns there; selection ranges nest; folding ranges span lines; renames do not overlap and keep their symbol's
/// occurrences; every reference of a symbol finds the same set.
/// </summary>
public class EditorPropertyTests
{
    private const int MaxFileLength = 256 * 1024;

    private static readonly string[] s_hostile =
    {
        string.Empty,
        "\r",
        "\r\n\r\n",
        "FROM\r",
        "FROM a\rRUN b\r\n",
        "FROM a AS \U0001F600x\nCOPY --from=\U0001F600x / /\n",
        "RUN <<EOF\r\nbody\r\nEOF",
        "FROM a\nRUN --mount=from=,from=x,,= true\nCOPY <<\"\" x\n",
        "ARG A=${A:-${A:-${A}}}\nFROM $A\nENV A=$A B=${A}\nRUN echo ${A#${A}} $A",
        "# escape=`\nFROM a `\n  AS b\nRUN echo `\n\n  hi\n",
        "\uFEFF# syntax=x\n# check=skip=\nONBUILD ONBUILD RUN <<E\nE\n",
        "FROM a\nHEALTHCHECK --interval=\nLABEL \"a b\"=c d=\"e\nEXPOSE 80/tcp ${P}\n\0\u0001\u007f",
    };

    [Test]
    public void Services_keep_their_contract_on_fixtures_and_hostile_inputs()
    {
        var texts = new List<(string Label, string Text)>();
        foreach (string file in Directory.GetFiles(Path.Combine(Dockerfile.Analysis.Tests.Catalog.RuleDocs.RepositoryRoot, "tests", "Dockerfile.Analysis.Tests", "Editor", "Fixtures"), "*.Dockerfile"))
        {
            string text = EditorFixtureTests.TakeMarkers(File.ReadAllText(file).Replace("\r\n", "\n")).Text;
            texts.Add((Path.GetFileName(file), text));
            texts.Add((Path.GetFileName(file) + " (CRLF)", text.Replace("\n", "\r\n")));
        }

        for (int i = 0; i < s_hostile.Length; i++)
        {
            texts.Add(("hostile " + i, s_hostile[i]));
        }

        Check(texts, everyPosition: true);
    }

    [Test]
    public void Services_keep_their_contract_on_the_shared_corpus()
    {
        string? corpus = TestCorpus.FindCorpusDirectory();
        if (corpus is null || !Directory.Exists(Path.Combine(corpus, "real")))
        {
            TestCorpus.Skip("the shared corpus (shared/corpus/real) is not present");
            return;
        }

        var files = Directory.EnumerateFiles(Path.Combine(corpus, "real"), "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).Equals("MANIFEST.tsv", StringComparison.Ordinal))
            .Concat(Directory.Exists(Path.Combine(corpus, "buildkit-parser"))
                ? Directory.EnumerateFiles(Path.Combine(corpus, "buildkit-parser"), "Dockerfile*", SearchOption.AllDirectories)
                : Enumerable.Empty<string>())
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        Assert.That(files, Is.Not.Empty);
        var texts = files
            .Select(f => (Label: Path.GetRelativePath(corpus, f), Text: Encoding.UTF8.GetString(File.ReadAllBytes(f))))
            .Where(t => t.Text.Length <= MaxFileLength)
            .ToList();
        Check(texts, everyPosition: false);
        TestContext.Out.WriteLine(texts.Count + " corpus files checked");
    }

    private static void Check(IReadOnlyList<(string Label, string Text)> texts, bool everyPosition)
    {
        var problems = new List<string>();
        foreach (var (label, text) in texts)
        {
            try
            {
                CheckOne(text, everyPosition, p => problems.Add(label + ": " + p));
            }
            catch (Exception e)
            {
                problems.Add(label + ": threw " + e);
            }

            if (problems.Count > 20)
            {
                break;
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    private static void CheckOne(string text, bool everyPosition, Action<string> fail)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var model = new DockerfileSemanticModel(tree);
        int length = tree.Length;

        var tokens = SemanticClassifier.Classify(tree);
        int end = 0;
        foreach (var token in tokens)
        {
            if (token.Span.Start < end || token.Span.Length == 0 || token.Span.End > length)
            {
                fail("classified span " + token + " overlaps, is empty or is outside the text");
                return;
            }

            string piece = text.Substring(token.Span.Start, token.Span.Length);
            if (piece.IndexOf('\n') >= 0 || piece.IndexOf('\r') >= 0)
            {
                fail("classified span " + token + " crosses a line break");
                return;
            }

            end = token.Span.End;
        }

        if (length > 2)
        {
            var middle = TextSpan.FromBounds(length / 3, 2 * length / 3);
            var ranged = SemanticClassifier.Classify(tree, middle);
            var full = new HashSet<ClassifiedSpan>(tokens);
            if (ranged.Any(t => !full.Contains(t)) || tokens.Any(t => t.Span.Start >= middle.Start && t.Span.End <= middle.End && !ranged.Contains(t)))
            {
                fail("a range classification differs from the whole-text classification");
            }
        }

        foreach (var range in FoldingRanges.Get(tree))
        {
            if (range.EndLine <= range.StartLine || range.Span.End > length)
            {
                fail("folding range " + range + " is not multi-line or is outside the text");
            }
        }

        CheckSymbols(DocumentSymbols.Get(model), new TextSpan(0, length), fail);
        _ = DocumentLinks.Get(model);
        _ = InlayHints.Get(model).Where(h => h.Position < 0 || h.Position > length).Select(h => { fail("inlay hint outside the text: " + h); return h; }).ToList();

        foreach (int position in Positions(text, everyPosition))
        {
            var selection = SelectionRanges.Get(tree, position);
            if (selection.IsEmpty || selection[selection.Length - 1] != tree.GetRoot().FullSpan)
            {
                fail("selection ranges at " + position + " do not end with the whole text");
            }

            for (int i = 1; i < selection.Length; i++)
            {
                if (!selection[i].Contains(selection[i - 1]) || selection[i] == selection[i - 1])
                {
                    fail("selection ranges at " + position + " do not nest");
                }
            }

            _ = QuickInfo.Get(model, position);
            foreach (var item in CompletionService.GetCompletions(model, position))
            {
                if (item.Span.End != position || item.Span.Start < 0)
                {
                    fail("completion " + item + " at " + position + " replaces " + item.Span);
                    break;
                }
            }

            var signature = SignatureHelp.Get(model, position);
            if (signature != null && (signature.ActiveParameter < 0 || signature.ActiveParameter >= Math.Max(1, signature.Parameters.Length)
                || signature.Parameters.Any(p => signature.Label.IndexOf(p.Label, StringComparison.Ordinal) < 0)))
            {
                fail("signature help at " + position + " has a bad parameter");
            }

            var references = SymbolFinder.FindReferences(model, position);
            _ = SymbolFinder.FindDefinition(model, position);
            var rename = Renamer.Rename(model, position, "renamed");
            if (references.IsEmpty != !rename.Succeeded)
            {
                fail("rename at " + position + " and references disagree");
            }

            if (rename.Succeeded)
            {
                for (int i = 1; i < rename.Changes.Length; i++)
                {
                    if (rename.Changes[i].Span.Start < rename.Changes[i - 1].Span.End)
                    {
                        fail("rename changes at " + position + " overlap");
                    }
                }
            }

            foreach (var reference in references)
            {
                var again = SymbolFinder.FindReferences(model, reference.Span.Start);
                if (!again.Select(o => o.Span).SequenceEqual(references.Select(o => o.Span)))
                {
                    fail("references from " + reference + " differ from those at " + position);
                    break;
                }
            }
        }
    }

    private static void CheckSymbols(IEnumerable<DocumentSymbol> symbols, TextSpan parent, Action<string> fail)
    {
        foreach (var symbol in symbols)
        {
            if (!parent.Contains(symbol.Span) || !symbol.Span.Contains(symbol.SelectionSpan))
            {
                fail("symbol " + symbol + " is outside its parent or its selection is outside it");
            }

            CheckSymbols(symbol.Children, symbol.Span, fail);
        }
    }

    private static IEnumerable<int> Positions(string text, bool every)
    {
        int length = text.Length;
        if (every || length <= 300)
        {
            for (int i = 0; i <= length; i++)
            {
                yield return i;
            }

            yield break;
        }

        int step = Math.Max(1, length / 120);
        for (int i = 0; i < length; i += step)
        {
            yield return i;
        }

        yield return length;
        int crs = 0;
        for (int i = text.IndexOf('\r'); i >= 0 && crs < 10; i = text.IndexOf('\r', i + 1), crs++)
        {
            yield return i + 1;
        }
    }
}
