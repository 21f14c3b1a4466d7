using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

public class WalkerAndRewriterTests
{
    private const string Text = "# syntax=docker/dockerfile:1\nfrom alpine AS base\nrun echo $HOME \\\n  && ls\nCopy --from=base a b\nonbuild run make # not a comment\nWORKDIR /app/$HOME\n";

    [Test]
    public void WalkerCountsNodeKindsTokensAndTrivia()
    {
        var tree = DockerfileSyntaxTree.ParseText(Text);
        var walker = new CountingWalker(SyntaxWalkerDepth.Trivia);
        walker.Visit(tree.GetRoot());

        Assert.Multiple(() =>
        {
            Assert.That(walker.Nodes[SyntaxKind.Dockerfile], Is.EqualTo(1));
            Assert.That(walker.Nodes[SyntaxKind.ParserDirective], Is.EqualTo(1));
            Assert.That(walker.Nodes[SyntaxKind.FromInstruction], Is.EqualTo(1));
            Assert.That(walker.Nodes[SyntaxKind.RunInstruction], Is.EqualTo(2), "one RUN at top level, one inside ONBUILD");
            Assert.That(walker.Nodes[SyntaxKind.CopyInstruction], Is.EqualTo(1));
            Assert.That(walker.Nodes[SyntaxKind.OnbuildInstruction], Is.EqualTo(1));
            Assert.That(walker.Nodes[SyntaxKind.WorkdirInstruction], Is.EqualTo(1));
            Assert.That(walker.Nodes[SyntaxKind.SimpleVariableReference], Is.EqualTo(1));
            Assert.That(walker.Nodes[SyntaxKind.Flag], Is.EqualTo(1));
            Assert.That(walker.FromVisits, Is.EqualTo(1), "typed Visit method is called");
            Assert.That(walker.Tokens[SyntaxKind.InstructionKeywordToken], Is.EqualTo(6));
            Assert.That(walker.Trivia[SyntaxKind.LineContinuationTrivia], Is.EqualTo(1));
            Assert.That(walker.Text.ToString(), Is.EqualTo(Text), "tokens and trivia in order rebuild the text");
        });
    }

    [Test]
    public void WalkerDepthLimitsWhatIsVisited()
    {
        var root = DockerfileSyntaxTree.ParseText(Text).GetRoot();
        var nodesOnly = new CountingWalker(SyntaxWalkerDepth.Node);
        nodesOnly.Visit(root);
        var tokens = new CountingWalker(SyntaxWalkerDepth.Token);
        tokens.Visit(root);

        Assert.That(nodesOnly.Tokens, Is.Empty);
        Assert.That(nodesOnly.Nodes.Values.Sum(), Is.EqualTo(root.DescendantNodesAndSelf().Count()));
        Assert.That(tokens.Tokens.Values.Sum(), Is.EqualTo(root.DescendantTokens().Count()));
        Assert.That(tokens.Trivia, Is.Empty);
    }

    [Test]
    public void RewriterUpperCasesKeywordsAndKeepsEverythingElse()
    {
        var tree = DockerfileSyntaxTree.ParseText(Text);
        var root = tree.GetRoot();
        var rewritten = new KeywordUpperCaser().Visit(root)!;

        string expected = "# syntax=docker/dockerfile:1\nFROM alpine AS base\nRUN echo $HOME \\\n  && ls\nCOPY --from=base a b\nONBUILD RUN make # not a comment\nWORKDIR /app/$HOME\n";
        Assert.That(rewritten.ToFullString(), Is.EqualTo(expected));
        Assert.That(rewritten.ToFullString().ToLowerInvariant(), Is.EqualTo(Text.ToLowerInvariant()), "only letter case changed");

        var oldInstructions = root.ChildNodes().ToList();
        var newInstructions = rewritten.ChildNodes().ToList();
        Assert.That(newInstructions[0].IsIncrementallyIdenticalTo(oldInstructions[0]), Is.True, "the directive is shared");
        Assert.That(newInstructions.Last().IsIncrementallyIdenticalTo(oldInstructions.Last()), Is.True, "an upper-case instruction is shared");
        Assert.That(newInstructions[1].IsIncrementallyIdenticalTo(oldInstructions[1]), Is.False);

        var reparsed = DockerfileSyntaxTree.ParseText(expected).GetRoot();
        Assert.That(rewritten.IsEquivalentTo(reparsed), Is.True, "the rewritten tree is what parsing its text gives");
    }

    [Test]
    public void RewriterReturnsTheSameNodeWhenNothingChanges()
    {
        var root = DockerfileSyntaxTree.ParseText(Text).GetRoot();
        Assert.That(new IdentityRewriter().Visit(root), Is.SameAs(root));
    }

    private sealed class CountingWalker : DockerfileSyntaxWalker
    {
        public CountingWalker(SyntaxWalkerDepth depth)
            : base(depth)
        {
        }

        public Dictionary<SyntaxKind, int> Nodes { get; } = new();

        public Dictionary<SyntaxKind, int> Tokens { get; } = new();

        public Dictionary<SyntaxKind, int> Trivia { get; } = new();

        public System.Text.StringBuilder Text { get; } = new();

        public int FromVisits { get; private set; }

        public override void Visit(SyntaxNode node)
        {
            Nodes[node.Kind] = Nodes.GetValueOrDefault(node.Kind) + 1;
            base.Visit(node);
        }

        public override void VisitFromInstruction(FromInstructionSyntax node)
        {
            FromVisits++;
            base.VisitFromInstruction(node);
        }

        public override void VisitToken(SyntaxToken token)
        {
            Tokens[token.Kind] = Tokens.GetValueOrDefault(token.Kind) + 1;
            foreach (var t in token.LeadingTrivia)
            {
                VisitTrivia(t);
            }

            if (Depth == SyntaxWalkerDepth.Trivia)
            {
                Text.Append(token.Text);
            }

            foreach (var t in token.TrailingTrivia)
            {
                VisitTrivia(t);
            }
        }

        public override void VisitTrivia(SyntaxTrivia trivia)
        {
            if (Depth < SyntaxWalkerDepth.Trivia)
            {
                return;
            }

            Trivia[trivia.Kind] = Trivia.GetValueOrDefault(trivia.Kind) + 1;
            Text.Append(trivia.Text);
        }
    }

    private sealed class KeywordUpperCaser : DockerfileSyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token) =>
            token.Kind == SyntaxKind.InstructionKeywordToken && token.Text != token.Text.ToUpperInvariant()
                ? token.WithText(token.Text.ToUpperInvariant(), token.ValueText.ToUpperInvariant())
                : token;
    }

    private sealed class IdentityRewriter : DockerfileSyntaxRewriter
    {
    }
}
