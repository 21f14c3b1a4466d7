using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>The model computes scopes, working directories and scripts per stage on first request: in any order, from any thread.</summary>
public class LazySemanticModelTests
{
    private const string Text =
        "ARG BASE=alpine\nFROM $BASE AS one\nENV A=1\nWORKDIR /app\nARG X=2\nRUN echo $A $X\n" +
        "FROM one AS two\nENV B=${A}b\nSHELL [\"/bin/bash\", \"-c\"]\nWORKDIR sub\nRUN echo $B\n" +
        "FROM two\nARG BASE\nENV C=$B$BASE\nRUN echo $C\n";

    private static string Describe(DockerfileSemanticModel model, InstructionSyntax instruction) =>
        string.Join(";", model.GetEnvironment(instruction).OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))
        + "|" + string.Join(";", model.GetArguments(instruction).OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))
        + "|" + string.Join(" ", model.GetShell(instruction))
        + "|" + model.GetWorkingDirectory(instruction)
        + "|" + (instruction is RunInstructionSyntax run ? model.GetShellScript(run)?.Commands.Count.ToString() : "-");

    private static List<InstructionSyntax> All(DockerfileSemanticModel model) =>
        model.GlobalInstructions.Concat(model.Stages.SelectMany(s => s.AllInstructions)).ToList();

    [Test]
    public void Last_stage_first_gives_the_same_answers_as_file_order()
    {
        var tree = DockerfileSyntaxTree.ParseText(Text);
        var inOrder = new DockerfileSemanticModel(tree);
        var expected = All(inOrder).Select(i => Describe(inOrder, i)).ToList();

        var reversed = new DockerfileSemanticModel(tree);
        var instructions = All(reversed);
        var actual = Enumerable.Range(0, instructions.Count).Reverse().Select(i => (i, Describe(reversed, instructions[i]))).OrderBy(p => p.i).Select(p => p.Item2).ToList();

        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(expected.Last(), Does.StartWith("A=1;B=1b;C=1balpine;PATH="));
        Assert.That(expected.Last(), Does.Contain("|/bin/bash -c|/app/sub|1"));
    }

    [Test]
    public void Concurrent_first_requests_agree()
    {
        var tree = DockerfileSyntaxTree.ParseText(Text);
        var reference = new DockerfileSemanticModel(tree);
        var expected = All(reference).Select(i => Describe(reference, i)).ToList();
        for (int round = 0; round < 50; round++)
        {
            var model = new DockerfileSemanticModel(tree);
            var instructions = All(model);
            var results = new string[8][];
            Parallel.For(0, results.Length, t =>
            {
                var order = t % 2 == 0 ? Enumerable.Range(0, instructions.Count) : Enumerable.Range(0, instructions.Count).Reverse();
                var mine = new string[instructions.Count];
                foreach (int i in order)
                {
                    mine[i] = Describe(model, instructions[i]);
                }

                results[t] = mine;
            });

            foreach (var result in results)
            {
                Assert.That(result, Is.EqualTo(expected));
            }
        }
    }
}
