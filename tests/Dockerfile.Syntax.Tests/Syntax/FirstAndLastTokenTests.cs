using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

/// <summary>
/// <see cref="SyntaxNode.GetLastToken"/> walks backwards from the end of a node; it must find the token a forward walk
/// over every token finds last, with and without zero-width (missing) tokens, on every node.
/// </summary>
public class FirstAndLastTokenTests
{
    [TestCase("FROM alpine:3.20 AS base\nRUN apk add \\\n  curl\n")]
    [TestCase("FROM\nRUN\nCOPY\n")]
    [TestCase("FROM a\nCMD [\"sh\", \n")]
    [TestCase("FROM a\nRUN <<EOF\necho hi\nEOF\n")]
    [TestCase("FROM a\nRUN <<EOF\necho never closed\n")]
    [TestCase("# escape=`\nFROM a\nRUN echo `\n  b\nHEALTHCHECK CMD\nONBUILD\n")]
    [TestCase("FROM a AS\nENV\nLABEL k=\n")]
    [TestCase("")]
    public void Last_token_is_the_last_of_a_forward_walk(string text) => Check(DockerfileSyntaxTree.ParseText(text));

    [Test]
    public void Last_token_is_the_last_of_a_forward_walk_on_the_corpus()
    {
        string root = TestCorpus.Require();
        foreach (string file in TestCorpus.RealFiles())
        {
            Check(DockerfileSyntaxTree.ParseText(TestCorpus.ReadText(Path.Combine(root, "real", file))));
        }
    }

    private static void Check(DockerfileSyntaxTree tree)
    {
        foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
        {
            var tokens = node.DescendantTokens().ToList();
            foreach (bool zeroWidth in new[] { false, true })
            {
                var expected = tokens.LastOrDefault(t => zeroWidth || t.Span.Length > 0);
                var actual = node.GetLastToken(zeroWidth);
                Assert.That(Describe(actual), Is.EqualTo(Describe(expected)), $"{node.Kind} at {node.FullSpan}, zero width {zeroWidth}");
            }
        }
    }

    private static string Describe(SyntaxToken token) => token.Kind + "@" + token.FullSpan + "/" + token.Span;
}
