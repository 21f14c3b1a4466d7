using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

public class AllInstructionsTests
{
    [TestCase("FROM a\nRUN x\n")]
    [TestCase("ARG V=1\nFROM a AS b\nONBUILD RUN --mount=type=cache,target=/c x\nUSER $V\nONBUILD ONBUILD ARG W\nONBUILD\nRUN \\\n  y\n")]
    [TestCase("# comment\n\nFROM a\nCOPY <<EOF /x\nhi\nEOF\nRUN [\"a\", \"b\"]\nHEALTHCHECK CMD true\nnot an instruction\n")]
    [TestCase("")]
    public void Are_the_instructions_a_walk_of_all_nodes_finds(string text)
    {
        var root = DockerfileSyntaxTree.ParseText(text).GetRoot();
        Assert.That(AllInstructions.Of(root), Is.EqualTo(root.DescendantNodes().OfType<InstructionSyntax>()));
    }
}
