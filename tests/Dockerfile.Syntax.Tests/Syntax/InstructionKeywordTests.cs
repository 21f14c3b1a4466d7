using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

/// <summary>Every keyword, in any casing, parses to its instruction; near misses are unknown.</summary>
public class InstructionKeywordTests
{
    [Test]
    public void EveryKeywordInAnyCasingIsRecognised()
    {
        Assert.That(SyntaxFacts.InstructionKeywords, Has.Count.EqualTo(18));
        foreach (var keyword in SyntaxFacts.InstructionKeywords)
        {
            // The kind is named after the keyword: ENTRYPOINT is EntrypointInstruction.
            var expected = (SyntaxKind)System.Enum.Parse(typeof(SyntaxKind), keyword[0] + keyword.Substring(1).ToLowerInvariant() + "Instruction");
            Assert.That(SyntaxFacts.GetInstructionKind(keyword), Is.EqualTo(expected), keyword);
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
    [TestCase("entrypo\u0131nt")]
    [TestCase("\u017FHELL")]
    public void NearMissesAreUnknown(string keyword)
    {
        Assert.That(SyntaxFacts.GetInstructionKind(keyword), Is.EqualTo(SyntaxKind.UnknownInstruction));
        var instruction = DockerfileSyntaxTree.ParseText(keyword + " x\n").GetRoot().Instructions.Single();
        Assert.That(instruction.Kind, Is.EqualTo(SyntaxKind.UnknownInstruction));
    }

    // BuildKit looks keywords up after Go's strings.ToLower, which maps U+0130 to 'i' and the Kelvin sign to 'k'
    // (but not the dotless i U+0131 or the long s U+017F, above).
    [TestCase("ENTRYPO\u0130NT", SyntaxKind.EntrypointInstruction)]
    [TestCase("WOR\u212ADIR", SyntaxKind.WorkdirInstruction)]
    [TestCase("healthchec\u212A", SyntaxKind.HealthcheckInstruction)]
    public void NonAsciiLettersGoLowerCasesToAscii(string keyword, SyntaxKind expected)
    {
        Assert.That(SyntaxFacts.GetInstructionKind(keyword), Is.EqualTo(expected));
        var instruction = DockerfileSyntaxTree.ParseText(keyword + " x\n").GetRoot().Instructions.Single();
        Assert.That(instruction.Kind, Is.EqualTo(expected));
        Assert.That(instruction.InstructionName, Is.EqualTo(expected.ToString().Replace("Instruction", string.Empty).ToUpperInvariant()));
        Assert.That(BuildKitAstDumper.DumpInstruction(instruction), Does.StartWith(instruction.InstructionName.ToLowerInvariant() + " "));
    }

    // FROM's AS is compared with Go's strings.EqualFold: the long s U+017F is in the orbit of 's'.
    [TestCase("FROM a AS b\n", true)]
    [TestCase("FROM a as b\n", true)]
    [TestCase("FROM a a\u017F b\n", true)]
    [TestCase("FROM a \u0130S b\n", false)]
    public void FromAsKeyword(string text, bool isKeyword)
    {
        var from = (FromInstructionSyntax)DockerfileSyntaxTree.ParseText(text).GetRoot().Instructions.Single();
        Assert.That(from.ChildTokens().Any(t => t.Kind == SyntaxKind.KeywordToken), Is.EqualTo(isKeyword));
    }
}
