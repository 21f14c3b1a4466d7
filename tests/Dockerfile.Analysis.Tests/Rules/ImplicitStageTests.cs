using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

/// <summary>
/// Instructions before the first FROM: DF1048 reports each of them, and the rules also analyse them as a stage of
/// their own (the implicit stage), as hadolint does; an editor buffer is often in that state.
/// </summary>
public class ImplicitStageTests
{
    private static AnalysisOptions AllRules() =>
        new() { EnabledRules = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet() };

    [TestCase("RUN apt-get update\n")]
    [TestCase("WORKDIR app\nCOPY . .\nUSER root\nCMD run\n")]
    [TestCase("ARG A=1\nENV B=$A\nRUN echo $B | tee x\nFROM debian:12 AS b\nCOPY --from=0 / /\n")]
    [TestCase("ONBUILD RUN apt-get update\nHEALTHCHECK CMD true\nLABEL a=b\nEXPOSE 80\nSTOPSIGNAL TERM\nVOLUME /x\nSHELL [\"/bin/bash\", \"-c\"]\n")]
    [TestCase("COPY a b c\nADD x.tgz /\nRUN tar -xzf x.tgz\nRUN curl a && wget b\nRUN pip install flask\nRUN npm install\n")]
    [TestCase("MAINTAINER me\nENTRYPOINT x\nCMD y\nCMD z\n\n\nRUN a \\\n\n b\n")]
    public void No_rule_fails_on_instructions_before_the_first_FROM(string text)
    {
        var diagnostics = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), AllRules());
        Assert.That(diagnostics.Where(d => d.Id == "DF0001").Select(d => d.GetMessage()), Is.Empty);
        Assert.That(diagnostics.Any(d => d.Id == "DF1048"), Is.True, "DF1048 is still reported");
    }

    [TestCase("DF1003", "WORKDIR ⟦app\nFROM debian:12\n")]
    [TestCase("DF1003", "WORKDIR /app\nWORKDIR src\nFROM debian:12\n")]
    [TestCase("DF1044", "COPY app.conf ⟦etc/\n")]
    [TestCase("DF1044", "WORKDIR /app\nCOPY app.conf etc/\n")]
    [TestCase("DF2101", "RUN ⟦apt-get update && apt-get install -y curl\n")]
    [TestCase("DF2101", "RUN apt-get update && apt-get install -y curl\nFROM debian:12\n")]
    [TestCase("DF4001", "USER ⟦root\n")]
    [TestCase("DF4001", "USER root\nFROM debian:12\nUSER 10001\n")]
    [TestCase("DF2140", "RUN a\n⟦RUN b\nFROM debian:12\nRUN c\n")]
    [TestCase("DF1081", "⟦CMD [\"a\"]\nCMD [\"b\"]\nFROM debian:12\nCMD [\"c\"]\n")]
    public void Stage_rules_judge_the_implicit_stage(string id, string marked)
    {
        var (text, expected) = HadolintSet1RuleTests.Unmark(marked);
        Assert.That(HadolintSet1RuleTests.Positions(id, text, AnalysisOptions.Default), Is.EqualTo(expected), text);
    }

    [Test]
    public void The_model_has_an_implicit_stage_only_for_instructions_other_than_ARG()
    {
        var argsOnly = new DockerfileSemanticModel(DockerfileSyntaxTree.ParseText("ARG V=1\nFROM debian:$V\n"));
        Assert.That(argsOnly.ImplicitStage, Is.Null);

        var tree = DockerfileSyntaxTree.ParseText("ARG V=1\nRUN true\nFROM debian:12\nRUN false\n");
        var model = new DockerfileSemanticModel(tree);
        var stage = model.ImplicitStage;
        Assert.That(stage, Is.Not.Null);
        Assert.That(stage!.IsImplicit, Is.True);
        Assert.That(stage.Index, Is.EqualTo(-1));
        Assert.That(stage.BaseImage, Is.Empty);
        Assert.That(stage.Instructions.Select(i => i.InstructionName), Is.EqualTo(new[] { "ARG", "RUN" }));
        Assert.That(stage.AllInstructions.Count(), Is.EqualTo(2), "the stand-in FROM is not one of its instructions");
        Assert.That(model.Stages, Has.Length.EqualTo(1));
        Assert.That(model.Stages.Contains(stage), Is.False);
        Assert.That(model.GetStage(stage.Instructions[1]), Is.Null);
    }
}
