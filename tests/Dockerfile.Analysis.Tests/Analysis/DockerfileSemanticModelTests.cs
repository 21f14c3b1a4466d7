using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Analysis;

public class DockerfileSemanticModelTests
{
    [Test]
    public void Stages_workdirs_and_scripts()
    {
        var tree = DockerfileSyntaxTree.ParseText("ARG V=1\nFROM node:22 AS build\nRUN echo a\nWORKDIR /app\nWORKDIR src/../lib\nRUN npm ci && npm test\nFROM build\nRUN [\"x\"]\nWORKDIR sub\n");
        var model = new DockerfileSemanticModel(tree);
        Assert.That(model.GlobalInstructions, Has.Length.EqualTo(1));
        Assert.That(model.Stages.Select(s => (s.Index, s.Name, s.BaseImage)), Is.EqualTo(new[] { (0, (string?)"build", "node:22"), (1, (string?)null, "build") }));
        var first = model.Stages[0].Instructions;
        Assert.That(first.Select(model.GetWorkingDirectory), Is.EqualTo(new[] { "/", "/app", "/app/lib", "/app/lib" }));
        Assert.That(model.GetShellScript((RunInstructionSyntax)first[3])!.Commands.Select(c => c.Name), Is.EqualTo(new[] { "npm", "npm" }));
        var second = model.Stages[1].Instructions;
        Assert.That(model.GetShellScript((RunInstructionSyntax)second[0]), Is.Null);
        Assert.That(model.GetWorkingDirectory(second[0]), Is.EqualTo("/app/lib"));
        Assert.That(model.GetWorkingDirectory(second[1]), Is.EqualTo("/app/lib/sub"));
        Assert.That(model.GetStage(second[1]), Is.SameAs(model.Stages[1]));
    }
}
