using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

/// <summary>Every keyword, in any casing, parses to its instruction; near misses are unknown.</summary>
public class InstructionKeywordTests
{
    [Test]
    public void EveryKeywordInAnyCasingIsRecognised()
    {
        foreach (var keyword in SyntaxFacts.InstructionKeywords)
        {
            var expected = SyntaxFacts.GetInstructionKind(keyword);
            Assert.That(expected, Is.Not.EqualTo(SyntaxKind.UnknownInstruction), keyword);
            foreach (var spelling in new[] { keyword, keyword.ToLowerInvariant(), char.ToLowerInvariant(keyword[0]) + keyword.Substring(1) })
            {
                var instruction = DockerfileSyntaxTree.ParseText(spelling + " x\n").GetRoot().Instructions.Single();
                Assert.That(instruction.Kind, Is.EqualTo(expected), spelling);
            }
        }
    }

    [TestCase("ARGS")]
    [TestCase("AD")]
    [TestCase("ADDD")]
    [TestCase("COP")]
    [TestCase("ENVV")]
    [TestCase("SHEL")]
    [TestCase("XRUN")]
    [TestCase("RUNX")]
    [TestCase("STOPSIGNALS")]
    public void NearMissesAreUnknown(string keyword)
    {
        var instruction = DockerfileSyntaxTree.ParseText(keyword + " x\n").GetRoot().Instructions.Single();
        Assert.That(instruction.Kind, Is.EqualTo(SyntaxKind.UnknownInstruction));
    }
}
