using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

/// <summary>The arguments COPY and ADD share through <see cref="BaseCopyInstructionSyntax"/>, in both forms.</summary>
public class CopyArgumentsTests
{
    [TestCase("COPY a b /dst/\n", new[] { "a", "b" }, "/dst/")]
    [TestCase("ADD a \\\n  b /dst/\n", new[] { "a", "b" }, "/dst/")]
    [TestCase("COPY [\"a b\", \"/dst\"]\n", new[] { "a b" }, "/dst")]
    [TestCase("ADD --chown=1 [\"x\", \"y\", \"/z\"]\n", new[] { "x", "y" }, "/z")]
    [TestCase("COPY only\n", new string[0], null)]
    public void SourcesAndDestination(string text, string[] sources, string? destination)
    {
        var copy = DockerfileSyntaxTree.ParseText(text).GetRoot().Instructions.OfType<BaseCopyInstructionSyntax>().Single();
        Assert.That(copy.Sources, Is.EqualTo(sources));
        Assert.That(copy.Destination, Is.EqualTo(destination));
        Assert.That(copy.Arguments.Take(sources.Length), Is.EqualTo(sources));
        Assert.That(copy.Arguments, Has.Count.EqualTo(sources.Length + 1));
        Assert.That(copy.Arguments, Is.SameAs(copy.Arguments), "computed once per node");
    }
}
