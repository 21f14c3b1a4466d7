using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Incremental;

/// <summary>
/// <see cref="DockerfileSyntaxTree.WithChangedText"/> must always equal a fresh parse, and must
/// reuse the instructions an edit did not touch.
/// </summary>
public class IncrementalParsingTests
{
    private static readonly string[] s_fragments =
    {
        "\\", "`", "\n", "\r\n", "<<EOF", "<<-EOF\n", "EOF\n", "\"", "'", "[", "]", "${", "}", "#", " ", "\t", "=", "--",
        "RUN echo hi\n", "FROM alpine AS x\n", "# escape=`\n", "COPY . .\n", "\\\n", "ENV A=1 \\\n  B=2\n", "x",
    };

    /// <summary>Our own documents, so the property holds without the shared corpus.</summary>
    public static readonly string[] OwnDocuments =
    {
        "FROM alpine:3.20 AS base\nRUN apk add --no-cache curl \\\n    && echo done\n\n# comment\nCOPY --chown=app:app . /app\nCMD [\"sh\", \"-c\", \"echo $HOME\"]\n",
        "# syntax=docker/dockerfile:1\nFROM python:3.12\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nRUN <<EOF\npip install pipenv\npipenv install --system\nEOF\nCOPY . .\n",
        "# escape=`\r\nFROM mcr.microsoft.com/windows/servercore\r\nRUN powershell -Command `\r\n    Write-Host hi\r\nENV A=1 `\r\n  B=2\r\n",
        "FROM a\nONBUILD RUN echo ${X:-default} \\\n# inside\n\n  && true\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1\nLABEL a=\"b c\" d='e'\nARG V\nEXPOSE 80/tcp",
    };

    [Test]
    public void RandomEditChainsOnOwnDocumentsEqualAFreshParse([Range(0, 3)] int document)
    {
        RunChains(OwnDocuments[document], seed: 1000 + document, chains: 40, steps: 25);
    }

    [Test]
    public void RandomEditChainsOnTheCorpusEqualAFreshParse()
    {
        string root = TestCorpus.Require();
        var files = TestCorpus.RealFiles().Select(f => Path.Combine(root, "real", f))
            .Concat(Directory.GetFiles(Path.Combine(root, "buildkit-parser"), "Dockerfile", SearchOption.AllDirectories))
            .ToList();
        int seed = 7;
        foreach (var file in files)
        {
            RunChains(TestCorpus.ReadText(file), seed++, chains: 1, steps: 4, name: file);
        }
    }

    // Found by the incremental fuzz target: a reparse window that started the file did not take a leading U+FEFF
    // as the byte order mark, and one that started later did.
    [TestCase("\uFEFFR", 2, "\uFEFF")]
    [TestCase("\uFEFFFROM a\nRUN x\n", 8, "\uFEFF")]
    [TestCase("\uFEFFFROM a\nRUN x\n", 14, "\uFEFF")]
    [TestCase("FROM a\nRUN x\n", 7, "\uFEFF")]
    [TestCase("\uFEFF\\ ", 3, "\uFEFF")]
    [TestCase("\uFEFFFROM a\n", 1, "\\\n  ")]
    public void AByteOrderMarkCharacterTypedAnywhereEqualsAFreshParse(string document, int position, string insertion)
    {
        var oldText = SourceText.From(document);
        var tree = DockerfileSyntaxTree.ParseText(oldText);
        var newText = oldText.WithChanges(new TextChange(new TextSpan(position, 0), insertion));
        AssertSameAsFreshParse(tree.WithChangedText(newText), newText, $"inserting at {position}");
    }

    [Test]
    public void SeveralChangesAtOnceEqualAFreshParse()
    {
        var random = new Random(42);
        foreach (var document in OwnDocuments)
        {
            for (int round = 0; round < 200; round++)
            {
                var oldText = SourceText.From(document);
                var tree = DockerfileSyntaxTree.ParseText(oldText);
                var changes = RandomDisjointChanges(random, document.Length, 3);
                var newText = oldText.WithChanges(changes);
                AssertSameAsFreshParse(tree.WithChangedText(newText), newText, $"changes {string.Join(", ", changes)} on document {Array.IndexOf(OwnDocuments, document)}");
            }
        }
    }

    [Test]
    public void AnEditInsideOneRunReusesEveryOtherInstruction()
    {
        var builder = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 999; i++)
        {
            builder.Append("RUN echo step ").Append(i).Append(" && touch /tmp/f").Append(i).Append('\n');
        }

        var oldText = SourceText.From(builder.ToString());
        var tree = DockerfileSyntaxTree.ParseText(oldText);
        var oldInstructions = tree.GetRoot().Instructions.ToList();
        Assert.That(oldInstructions, Has.Count.EqualTo(1000));
        var target = oldInstructions[500];
        int position = target.Span.Start + "RUN echo st".Length;
        var newText = oldText.WithChanges(new TextChange(new TextSpan(position, 0), "X"));

        var newTree = tree.WithChangedText(newText);
        var newInstructions = newTree.GetRoot().Instructions.ToList();
        AssertSameAsFreshParse(newTree, newText, "one edit");
        for (int i = 0; i < oldInstructions.Count; i++)
        {
            bool reused = newInstructions[i].IsIncrementallyIdenticalTo(oldInstructions[i]);
            Assert.That(reused, Is.EqualTo(i != 500), $"instruction {i}");
        }
    }

    /// <summary>A file large enough that the root keeps its items in chunks.</summary>
    private static string LargeDocument(int instructions)
    {
        var builder = new StringBuilder("# syntax=docker/dockerfile:1\nFROM alpine AS base\n");
        for (int i = 0; i < instructions; i++)
        {
            builder.Append(i % 7 == 0 ? "# step " + i + "\n" : string.Empty);
            builder.Append(i % 5 == 0 ? "RUN echo " + i + " \\\n    && true\n" : "ENV K" + i + "=\"v " + i + "\"\n");
        }

        return builder.ToString();
    }

    [Test]
    public void RandomEditChainsOnALargeChunkedFileEqualAFreshParse()
    {
        RunChains(LargeDocument(3000), seed: 77, chains: 6, steps: 30, name: "large generated document");
    }

    [Test]
    public void AnEditInALargeChunkedFileReusesEveryOtherInstruction()
    {
        var oldText = SourceText.From(LargeDocument(5000));
        var tree = DockerfileSyntaxTree.ParseText(oldText);
        var oldInstructions = tree.GetRoot().Instructions.ToList();
        int target = 2500;
        int position = oldInstructions[target].Span.Start + 2;
        var newText = oldText.WithChanges(new TextChange(new TextSpan(position, 0), "X"));
        var newTree = tree.WithChangedText(newText);
        AssertSameAsFreshParse(newTree, newText, "one edit in a large file");
        var newInstructions = newTree.GetRoot().Instructions.ToList();
        Assert.That(newInstructions, Has.Count.EqualTo(oldInstructions.Count));
        for (int i = 0; i < oldInstructions.Count; i++)
        {
            Assert.That(newInstructions[i].IsIncrementallyIdenticalTo(oldInstructions[i]), Is.EqualTo(i != target), $"instruction {i}");
        }

        // Inserting and deleting whole instructions keeps the chunked root consistent.
        var text = newText;
        var current = newTree;
        var random = new Random(5);
        for (int step = 0; step < 40; step++)
        {
            int at = current.GetRoot().Instructions.ElementAt(random.Next(4000)).FullSpan.Start;
            var change = step % 2 == 0
                ? new TextChange(new TextSpan(at, 0), string.Concat(Enumerable.Repeat("RUN added\n", 300)))
                : new TextChange(new TextSpan(at, Math.Min(3000, text.Length - at)), string.Empty);
            text = text.WithChanges(change);
            current = current.WithChangedText(text);
            AssertSameAsFreshParse(current, text, $"large insert/delete step {step}");
        }
    }

    [Test]
    public void AnEditInTheDirectiveBlockFallsBackToAFullParseWithTheNewEscape()
    {
        var oldText = SourceText.From("# escape=\\\nFROM a\nRUN echo `\n  hi\n");
        var tree = DockerfileSyntaxTree.ParseText(oldText);
        var newText = oldText.WithChanges(new TextChange(new TextSpan(9, 1), "`"));
        var newTree = tree.WithChangedText(newText);
        Assert.That(newTree.EscapeCharacter, Is.EqualTo('`'));
        AssertSameAsFreshParse(newTree, newText, "escape change");
        Assert.That(newTree.GetRoot().Instructions.Count(), Is.EqualTo(2));
    }

    private static void RunChains(string document, int seed, int chains, int steps, string? name = null)
    {
        var random = new Random(seed);
        for (int chain = 0; chain < chains; chain++)
        {
            var text = SourceText.From(document);
            var tree = DockerfileSyntaxTree.ParseText(text);
            var history = new List<TextChange>();
            for (int step = 0; step < steps; step++)
            {
                var change = RandomChange(random, text.Length);
                history.Add(change);
                var newText = text.WithChanges(change);
                var newTree = tree.WithChangedText(newText);
                AssertSameAsFreshParse(newTree, newText, $"seed {seed} chain {chain} edits [{string.Join("; ", history.Select(Describe))}] on {name ?? "own document"}");
                text = newText;
                tree = newTree;
            }
        }
    }

    private static string Describe(TextChange change) => $"{change.Span.Start}+{change.Span.Length}->\"{change.NewText?.Replace("\n", "\\n").Replace("\r", "\\r")}\"";

    private static TextChange RandomChange(Random random, int length)
    {
        int start = random.Next(length + 1);
        int kind = random.Next(3);
        int removed = kind == 0 ? 0 : Math.Min(length - start, random.Next(1, 8));
        string inserted = kind == 1 ? string.Empty : s_fragments[random.Next(s_fragments.Length)];
        return new TextChange(new TextSpan(start, removed), inserted);
    }

    private static TextChange[] RandomDisjointChanges(Random random, int length, int count)
    {
        var starts = Enumerable.Range(0, count).Select(_ => random.Next(length + 1)).Distinct().OrderBy(x => x).ToList();
        var changes = new List<TextChange>();
        int previousEnd = 0;
        foreach (int start in starts)
        {
            if (start < previousEnd)
            {
                continue;
            }

            int removed = Math.Min(length - start, random.Next(0, 4));
            changes.Add(new TextChange(new TextSpan(start, removed), s_fragments[random.Next(s_fragments.Length)]));
            previousEnd = start + removed + 1;
        }

        return changes.ToArray();
    }

    internal static void AssertSameAsFreshParse(DockerfileSyntaxTree incremental, SourceText newText, string context)
    {
        // The fuzz harness's incremental target checks the same thing (fuzz/Dockerfile.Fuzz/Checks).
        try
        {
            Dockerfile.Fuzz.IncrementalInvariants.SameAsFreshParse(incremental, newText, context);
        }
        catch (Dockerfile.Fuzz.FuzzInvariantException ex)
        {
            Assert.Fail(ex.Message);
        }
    }
}
