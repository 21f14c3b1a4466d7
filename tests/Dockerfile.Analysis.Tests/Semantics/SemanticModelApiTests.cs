using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

public class SemanticModelApiTests
{
    private static DockerfileSemanticModel Model(string text, SemanticModelOptions? options = null) =>
        new(DockerfileSyntaxTree.ParseText(text), options);

    [Test]
    public void Expand_returns_value_used_and_undefined_names()
    {
        var model = Model("FROM a\nENV HOME_DIR=/home/app\nWORKDIR \"$HOME_DIR/${SUB:-src}\"/$NOPE\n");
        var workdir = (WorkdirInstructionSyntax)model.Stages[0].Instructions[1];
        var expanded = model.Expand(workdir.Value!);
        Assert.That(expanded.Value, Is.EqualTo("/home/app/src/"));
        Assert.That(expanded.UsedVariables, Is.EqualTo(new[] { "HOME_DIR" }));
        Assert.That(expanded.UndefinedVariables, Is.EqualTo(new[] { "NOPE", "SUB" }));
        Assert.That(model.GetUndefinedVariables(workdir), Is.EqualTo(new[] { "NOPE", "SUB" }));
    }

    [Test]
    public void Expansion_errors_are_results_not_exceptions()
    {
        var model = Model("FROM a\nLABEL x=${A:?required}\n");
        var word = model.GetExpandedWords(model.Stages[0].Instructions[0]).Last();
        var expanded = model.Expand(word);
        Assert.That(expanded.Succeeded, Is.False);
        Assert.That(expanded.Error, Does.Contain("required"));
    }

    [Test]
    public void Build_arguments_override_defaults_and_reach_FROM()
    {
        var model = Model("ARG V=1\nFROM alpine:$V\nARG V\nLABEL v=$V\n", new SemanticModelOptions { BuildArguments = ImmutableDictionary<string, string>.Empty.Add("V", "3.20") });
        Assert.That(model.Stages[0].Image!.Tag, Is.EqualTo("3.20"));
        Assert.That(model.GetVariables(model.Stages[0].Instructions[1])["V"], Is.EqualTo("3.20"));
    }

    [Test]
    public void Platform_arguments_follow_the_options()
    {
        var model = Model("FROM --platform=$BUILDPLATFORM golang AS build\nARG TARGETOS TARGETARCH TARGETVARIANT\nENV T=$TARGETOS/$TARGETARCH/$TARGETVARIANT\n", new SemanticModelOptions { TargetPlatform = "linux/arm/v7", BuildPlatform = "linux/amd64" });
        Assert.That(model.Stages[0].Image!.Platform, Is.EqualTo("linux/amd64"));
        Assert.That(model.GetEnvironment(model.Stages[0].Instructions.Last()).Count, Is.EqualTo(1));
        var env = model.Expand("$TARGETOS/$TARGETARCH/$TARGETVARIANT", model.Stages[0].Instructions.Last());
        Assert.That(env.Value, Is.EqualTo("linux/arm/v7"));
    }

    [Test]
    public void Escape_directive_is_used_for_expansion()
    {
        var model = Model("# escape=`\nFROM a\nENV P=C:\\path `$HOME\n");
        var env = (EnvInstructionSyntax)model.Stages[0].Instructions[0];
        Assert.That(model.Expand(env.Pairs.First().Value!).Value, Is.EqualTo("C:\\path"));
    }

    [Test]
    public void Copied_files_need_a_context()
    {
        const string text = "FROM a\nCOPY src/ /app/\nCOPY --from=a /x /y\n";
        var without = Model(text);
        var copy = (CopyInstructionSyntax)without.Stages[0].Instructions[0];
        Assert.That(without.GetCopiedFiles(copy), Is.Null);
        Assert.That(without.GetCacheDependencies(copy).ContextSources, Is.EqualTo(new[] { "src/" }));

        var with = Model(text, new SemanticModelOptions { BuildContext = BuildContext.FromFiles(new[] { "src/a.c", "src/b.c", "README" }) });
        Assert.That(with.GetCopiedFiles((CopyInstructionSyntax)with.Stages[0].Instructions[0]), Is.EqualTo(new[] { "src/a.c", "src/b.c" }));
        Assert.That(with.GetCopiedFiles((CopyInstructionSyntax)with.Stages[0].Instructions[1]), Is.Empty);
    }

    [Test]
    public void Cache_dependencies_include_base_stages_and_earlier_instructions()
    {
        var model = Model("FROM a AS one\nRUN x\nFROM one\nARG V\nRUN y\nCOPY f /f\n");
        var copy = model.Stages[1].Instructions.Last();
        var deps = model.GetCacheDependencies(copy);
        Assert.That(deps.Instructions.Select(i => i.InstructionName), Is.EqualTo(new[] { "FROM", "RUN", "FROM", "ARG", "RUN" }));
        Assert.That(model.GetCacheDependencies(model.Stages[1].Instructions[1]).Arguments, Is.EqualTo(new[] { "V" }));
        Assert.That(model.GetLaterLayers(model.Stages[0].Instructions[0]).Select(i => i.InstructionName), Is.EqualTo(new[] { "RUN", "COPY" }));
        Assert.That(model.GetLayerKind(copy), Is.EqualTo(InstructionLayerKind.Filesystem));
    }

    [Test]
    public void Empty_and_garbage_files_do_not_throw()
    {
        foreach (string text in new[] { string.Empty, "\0\0\0", "ARG\n", "FROM\nCOPY\nRUN --mount=\n", "FROM a AS a\nFROM a\nCOPY --from=a x y\n", "FROM ${X:?boom}\n" })
        {
            var model = Model(text);
            foreach (var instruction in model.GlobalInstructions.Concat(model.Stages.SelectMany(s => s.AllInstructions)))
            {
                model.GetUndefinedVariables(instruction);
                model.GetCacheDependencies(instruction);
                model.GetLaterLayers(instruction);
            }
        }
    }

    [Test]
    public void Stage_lookup_is_case_insensitive_and_by_index()
    {
        var model = Model("FROM a AS Builder\nFROM b\nCOPY --from=builder x y\nCOPY --from=0 x y\n");
        Assert.That(model.FindStage("BUILDER")!.Index, Is.EqualTo(0));
        Assert.That(model.FindStage("1")!.Index, Is.EqualTo(1));
        Assert.That(model.FindStage("9"), Is.Null);
        Assert.That(model.Stages[1].Dependencies.Select(s => s.Index), Is.EqualTo(new[] { 0 }));
        Assert.That(model.UnreachableStages, Is.Empty);
    }
}
