using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Corpus;

/// <summary>
/// Instruction line ranges from the tree's spans match BuildKit's StartLine/EndLine: 1-based, from the
/// first to the last physical line of the instruction, continuation lines included. The newline that
/// ends an instruction is a token, so the end line is taken from the last token before it. Heredoc bodies
/// are children of their instruction, so an instruction with heredocs ends on its last terminator line;
/// that is what BuildKit does too (it reads the bodies before it records the node's end line).
/// </summary>
public class LineNumberTests
{
    [Test]
    public void TestfileLineMatchesBuildKit()
    {
        string root = TestCorpus.Require();
        var tree = DockerfileSyntaxTree.ParseText(TestCorpus.ReadText(Path.Combine(root, "buildkit-parser", "testfile-line", "Dockerfile")));
        var lines = tree.GetRoot().Instructions.Select(i => Lines(tree, i)).ToList();

        Assert.That(lines, Is.EqualTo(new[] { (5, 5), (11, 12), (17, 31) }));
        Assert.That((lines.First().Start, lines.Last().End), Is.EqualTo((5, 31)), "root");
    }

    [Test]
    public void HeredocInstructionEndsOnItsLastTerminator()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM a\n\nRUN <<A cat && <<B cat\none\nA\ntwo\nB\n\nCOPY <<X /x\nbody\nX");
        var lines = tree.GetRoot().Instructions.Select(i => Lines(tree, i)).ToList();
        Assert.That(lines, Is.EqualTo(new[] { (1, 1), (3, 7), (9, 11) }));
    }

    [Test]
    public void ContinuationWithCommentAndEmptyLinesCountsThem()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM a\nRUN a \\\n# c\n\n  b \\\n\n");
        var lines = tree.GetRoot().Instructions.Select(i => Lines(tree, i)).ToList();
        Assert.That(lines, Is.EqualTo(new[] { (1, 1), (2, 5) }));
    }

    internal static (int Start, int End) Lines(DockerfileSyntaxTree tree, InstructionSyntax instruction)
    {
        var tokens = instruction.DescendantTokens().Where(t => t.Span.Length > 0 && t.Kind != SyntaxKind.EndOfLineToken).ToList();
        var text = tree.GetText();
        int start = text.Lines.GetLineFromPosition(tokens.First().Span.Start).LineNumber + 1;
        int end = text.Lines.GetLineFromPosition(tokens.Last().Span.End - 1).LineNumber + 1;
        return (start, end);
    }
}
