using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Properties;

/// <summary>
/// Issue 12: input nested 50,000 deep must give a tree that every tree-wide operation (walker, rewriter, printing,
/// descendant enumeration, token lookup, incremental reparse) handles on a 256 KB stack. Substitutions are structured
/// 64 levels deep and ONBUILD triggers 8; deeper text stays flat, so no walk recurses as deep as the input.
/// </summary>
public class DeepTreeTests
{
    private const int Depth = 50_000;

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("FROM a\nWORKDIR " + Repeat("${A:-", Depth) + "x" + Repeat("}", Depth) + "\n").SetName("Deep tree ${");
        yield return new TestCaseData("FROM a\nENV X=" + Repeat("\"${A:-", Depth) + "x" + Repeat("}\"", Depth) + "\n").SetName("Deep tree quoted ${");
        yield return new TestCaseData("FROM a\n" + Repeat("ONBUILD ", Depth) + "RUN x\n").SetName("Deep tree ONBUILD");
        yield return new TestCaseData("FROM a\nRUN " + Repeat("$(", Depth) + "\n").SetName("Deep tree RUN $(");
    }

    [TestCaseSource(nameof(Cases))]
    public void Tree_operations_survive_deep_input(string text)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var tree = DockerfileSyntaxTree.ParseText(text);
                    var root = tree.GetRoot();
                    Assert.That(root.ToFullString(), Is.EqualTo(text));
                    Assert.That(root.DescendantNodes().Count(), Is.GreaterThan(0));
                    var walker = new CountingWalker();
                    walker.Visit(root);
                    Assert.That(walker.Tokens, Is.EqualTo(root.DescendantTokens().Count()));
                    var rewritten = new IdentityRewriter().Visit(root);
                    Assert.That(rewritten!.ToFullString(), Is.EqualTo(text));
                    Assert.That(root.FindToken(text.Length / 2).FullSpan.Contains(text.Length / 2), Is.True);
                    _ = tree.GetDiagnostics().Count();
                    var edited = tree.WithChangedText(tree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(text.Length / 2, 0), "y")));
                    Assert.That(edited.GetRoot().ToFullString().Length, Is.EqualTo(text.Length + 1));

                    int depth = 0;
                    for (var node = root.FindToken(text.Length / 2).Parent; node != null; node = node.Parent)
                    {
                        depth++;
                    }

                    Assert.That(depth, Is.LessThan(200), "the tree is as deep as the nesting caps allow, not as deep as the input");
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        if (failure != null)
        {
            throw new AssertionException("Failed on a 256 KB stack: " + failure);
        }
    }

    private sealed class CountingWalker : DockerfileSyntaxWalker
    {
        public CountingWalker()
            : base(SyntaxWalkerDepth.Trivia)
        {
        }

        public int Tokens { get; private set; }

        public override void VisitToken(SyntaxToken token)
        {
            Tokens++;
            base.VisitToken(token);
        }
    }

    private sealed class IdentityRewriter : DockerfileSyntaxRewriter
    {
        public IdentityRewriter()
            : base(visitIntoTrivia: true)
        {
        }
    }
}
