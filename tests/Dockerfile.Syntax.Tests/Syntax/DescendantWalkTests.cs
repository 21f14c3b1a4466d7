using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

/// <summary>The Descendant* walks agree with a plain recursive walk over ChildNodesAndTokens.</summary>
public class DescendantWalkTests
{
    private const string Text = "# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS base\nRUN --mount=type=cache,target=/x apk add \\\n  curl\nENV A=\"$B ${C:-d}\" E=f\nONBUILD COPY . /app\nCMD [\"sh\"]\n";

    [Test]
    public void DescendantNodesAndTokensIsTheRecursiveOrder()
    {
        var root = DockerfileSyntaxTree.ParseText(Text).GetRoot();
        var expected = new List<string>();
        void Visit(SyntaxNode node)
        {
            foreach (var child in node.ChildNodesAndTokens())
            {
                expected.Add(child.Kind + "@" + child.FullSpan);
                if (child.AsNode() is { } inner)
                {
                    Visit(inner);
                }
            }
        }

        Visit(root);
        Assert.That(root.DescendantNodesAndTokens().Select(x => x.Kind + "@" + x.FullSpan), Is.EqualTo(expected));
        Assert.That(root.DescendantNodes().Select(n => n.Kind + "@" + n.FullSpan), Is.EqualTo(expected.Where(e => !e.Contains("Token@"))));
        Assert.That(string.Concat(root.DescendantTokens().Select(t => t.ToFullString())), Is.EqualTo(Text));
    }

    [Test]
    public void DescendIntoChildrenStopsTheWalk()
    {
        var root = DockerfileSyntaxTree.ParseText(Text).GetRoot();
        var items = root.DescendantNodes(n => n is DockerfileSyntax).ToList();
        Assert.That(items.Select(n => n.Kind), Is.EqualTo(new[]
        {
            SyntaxKind.ParserDirective, SyntaxKind.FromInstruction, SyntaxKind.RunInstruction, SyntaxKind.EnvInstruction,
            SyntaxKind.OnbuildInstruction, SyntaxKind.CmdInstruction,
        }));
        Assert.That(root.DescendantNodesAndTokens(_ => false), Is.Empty);
    }
}
