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

    [Test]
    public void Workdir_variables_are_expanded_as_BuildKit_does_when_their_values_are_known()
    {
        // APP_HOME and SUB are known, so the paths are BuildKit's; TARGET has no default, so only the build knows it
        // and the text stays as written (joined to the previous folder, as before).
        var tree = DockerfileSyntaxTree.ParseText(
            "FROM alpine\nENV APP_HOME=/opt/app\nWORKDIR $APP_HOME\nARG SUB=lib\nWORKDIR ${SUB}/x\nARG TARGET\nWORKDIR $TARGET\nWORKDIR \"$APP_HOME/data\"\n");
        var model = new DockerfileSemanticModel(tree);
        Assert.That(model.Stages[0].Instructions.Select(model.GetWorkingDirectory), Is.EqualTo(new[]
        {
            "/", "/opt/app", "/opt/app", "/opt/app/lib/x", "/opt/app/lib/x", "/opt/app/lib/x/$TARGET", "/opt/app/data",
        }));
    }
}
