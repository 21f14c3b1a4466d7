using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>
/// <see cref="LayerAnalysis"/>: which instructions make layers, what their cache depends on, and exactly which lines a
/// change to the build context rebuilds, on the two pipenv fixture contexts (<c>Fixtures/Layers</c>) and on small
/// in-memory contexts for the stage rules.
/// </summary>
public class LayerAnalysisTests
{
    private static string FixtureFolder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Layers", name);

    private static LayerAnalysis AnalyzeFixture(string name, params string[]? changed)
    {
        string folder = FixtureFolder(name);
        var tree = DockerfileSyntaxTree.ParseText(File.ReadAllText(Path.Combine(folder, "Dockerfile")), "Dockerfile");
        var model = new DockerfileSemanticModel(tree, new SemanticModelOptions { BuildContext = BuildContext.FromDirectory(folder) });
        return LayerAnalysis.Analyze(model, changed);
    }

    private static LayerAnalysis Analyze(string text, IEnumerable<string> files, string[]? changed, string? target = null)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var model = new DockerfileSemanticModel(tree, new SemanticModelOptions { BuildContext = BuildContext.FromFiles(files), Target = target });
        return LayerAnalysis.Analyze(model, changed);
    }

    private static int[] RebuiltLines(LayerAnalysis analysis) => analysis.Instructions.Where(i => i.Rebuilt == true).Select(i => i.Line).ToArray();

    [Test]
    public void Source_first_editing_manage_py_rebuilds_the_copy_and_everything_after_it_the_install_too()
    {
        var analysis = AnalyzeFixture("pipenv-source-first", "manage.py");
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 4, 5, 6, 7 }));
        var start = analysis.RebuildStarts.Single();
        Assert.That(start.Line, Is.EqualTo(4));
        Assert.That(start.Reason!.Kind, Is.EqualTo(RebuildReasonKind.ChangedFile));
        Assert.That(start.Reason.ChangedPath, Is.EqualTo("manage.py"));
        Assert.That(start.Reason.Description, Is.EqualTo("copies manage.py, which changed"));
        var install = analysis.Instructions.Single(i => i.Line == 6);
        Assert.That(install.Text, Is.EqualTo("RUN pipenv install --deploy --system"));
        Assert.That(install.Reason!.Description, Is.EqualTo("comes after line 4, which is rebuilt"));
    }

    [Test]
    public void Source_first_editing_the_lock_file_rebuilds_the_same_lines()
    {
        var analysis = AnalyzeFixture("pipenv-source-first", "Pipfile.lock");
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 4, 5, 6, 7 }));
        Assert.That(analysis.RebuildStarts.Single().Reason!.ChangedPath, Is.EqualTo("Pipfile.lock"));
    }

    [Test]
    public void Manifests_first_editing_manage_py_rebuilds_only_the_final_copy_and_after()
    {
        var analysis = AnalyzeFixture("pipenv-manifests-first", "manage.py");
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 8, 9 }));
        Assert.That(analysis.RebuildStarts.Single().Text, Is.EqualTo("COPY . ."));
        Assert.That(analysis.Instructions.Where(i => i.Rebuilt == false).Select(i => i.Line), Is.EqualTo(new[] { 1, 2, 3, 5, 6 }));
    }

    [Test]
    public void Manifests_first_editing_the_lock_file_rebuilds_the_manifest_copy_the_install_and_after()
    {
        var analysis = AnalyzeFixture("pipenv-manifests-first", "Pipfile.lock");
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 5, 6, 8, 9 }));
        var start = analysis.RebuildStarts;
        Assert.That(start.Select(s => s.Line), Is.EqualTo(new[] { 5 }), "COPY . . (line 8) also takes the lock file, but it is already rebuilt after line 5");
        Assert.That(start[0].Text, Is.EqualTo("COPY Pipfile Pipfile.lock ./"));
        Assert.That(analysis.Instructions.Single(i => i.Line == 8).Reason!.Description, Is.EqualTo("comes after line 5, which is rebuilt"));
    }

    [Test]
    public void A_file_the_dockerignore_leaves_out_rebuilds_nothing()
    {
        var analysis = AnalyzeFixture("pipenv-source-first", "server.log", "shop/__pycache__/views.cpython-312.pyc");
        Assert.That(analysis.Instructions.Select(i => i.Rebuilt), Is.All.False);
        Assert.That(analysis.RebuildStarts, Is.Empty);
    }

    [Test]
    public void Without_changed_paths_rebuilt_is_null()
    {
        var analysis = AnalyzeFixture("pipenv-source-first", null);
        Assert.That(analysis.ChangedPaths, Is.Null);
        Assert.That(analysis.Instructions.Select(i => i.Rebuilt), Is.All.Null);
        Assert.That(analysis.Stages[0].Rebuilt, Is.Null);
    }

    [Test]
    public void Layers_and_cache_inputs_of_the_fixed_file()
    {
        var analysis = AnalyzeFixture("pipenv-manifests-first", null);
        var stage = analysis.Stages.Single();
        Assert.That(stage.Base, Is.EqualTo("python:3.12-slim"));
        Assert.That(stage.InTarget, Is.True);
        Assert.That(stage.LayerCount, Is.EqualTo(4));
        Assert.That(stage.Instructions.Select(i => (i.Line, i.Keyword, i.MakesLayer)), Is.EqualTo(new[]
        {
            (1, "FROM", false), (2, "WORKDIR", false), (3, "RUN", true), (5, "COPY", true), (6, "RUN", true), (8, "COPY", true), (9, "CMD", false),
        }));
        Assert.That(stage.Instructions[0].Cache.Select(c => c.ToString()), Is.EqualTo(new[] { "image python:3.12-slim" }));
        Assert.That(stage.Instructions[3].Cache.Select(c => c.ToString()), Is.EqualTo(new[] { "previous 3", "source Pipfile", "source Pipfile.lock", "file Pipfile", "file Pipfile.lock" }));

        // COPY . . takes every file the .dockerignore keeps: not server.log.
        var files = stage.Instructions[5].Cache.Where(c => c.Kind == CacheInputKind.File).Select(c => c.Value);
        Assert.That(files, Is.EqualTo(new[] { ".dockerignore", "Dockerfile", "Pipfile", "Pipfile.lock", "manage.py", "shop/__init__.py", "shop/settings.py" }));
    }

    [Test]
    public void A_changed_folder_stands_for_its_files_and_a_deleted_file_still_counts()
    {
        const string Text = "FROM alpine\nCOPY src/ /src/\nCOPY docs/*.md /docs/\n";
        var files = new[] { "src/a.c", "src/b.c", "docs/x.md" };
        Assert.That(RebuiltLines(Analyze(Text, files, new[] { "src" })), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(RebuiltLines(Analyze(Text, files, new[] { "./docs/removed.md" })), Is.EqualTo(new[] { 3 }));
        Assert.That(RebuiltLines(Analyze(Text, files, new[] { "README.md" })), Is.Empty);
    }

    [Test]
    public void Exclude_flags_keep_a_change_from_rebuilding()
    {
        var analysis = Analyze("FROM alpine\nCOPY --exclude=*.md . /app\n", new[] { "a.md", "b.c" }, new[] { "a.md" });
        Assert.That(RebuiltLines(analysis), Is.Empty);
    }

    [Test]
    public void Stages_that_build_on_copy_from_or_mount_a_rebuilt_stage_are_rebuilt()
    {
        const string Text =
            "FROM golang:1.23 AS build\n" +      // 1
            "COPY go.mod ./\n" +                  // 2
            "RUN go mod download\n" +             // 3
            "COPY . .\n" +                        // 4
            "FROM build AS test\n" +              // 5
            "RUN go test ./...\n" +               // 6
            "FROM alpine AS tools\n" +            // 7
            "RUN apk add git\n" +                 // 8
            "FROM alpine\n" +                     // 9
            "RUN --mount=from=tools,target=/t ls /t\n" + // 10
            "COPY --from=build /out /app\n" +     // 11
            "CMD [\"/app\"]\n";                   // 12
        var files = new[] { "go.mod", "main.go" };
        var analysis = Analyze(Text, files, new[] { "main.go" });
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 4, 5, 6, 11, 12 }));
        Assert.That(analysis.Instructions.Single(i => i.Line == 5).Reason!.Description, Is.EqualTo("its base stage 'build' is rebuilt"));
        Assert.That(analysis.Instructions.Single(i => i.Line == 11).Reason!.Description, Is.EqualTo("copies from stage 'build', which is rebuilt"));
        Assert.That(analysis.Stages.Select(s => s.InTarget), Is.EqualTo(new[] { true, false, true, true }));

        var mounted = Analyze(Text.Replace("RUN apk add git", "COPY tools.txt /"), files.Append("tools.txt"), new[] { "tools.txt" });
        // COPY . . (line 4) takes tools.txt as well.
        Assert.That(RebuiltLines(mounted), Is.EqualTo(new[] { 4, 5, 6, 8, 10, 11, 12 }));
        Assert.That(mounted.Instructions.Single(i => i.Line == 10).Reason!.Description, Is.EqualTo("mounts stage 'tools', which is rebuilt"));
    }

    [Test]
    public void A_bind_mount_of_the_context_depends_on_the_files_it_mounts()
    {
        const string Text = "FROM python:3.12\nRUN --mount=type=bind,source=requirements.txt,target=/r.txt pip install -r /r.txt\nRUN --mount=type=cache,target=/root/.cache true\n";
        var analysis = Analyze(Text, new[] { "requirements.txt", "app.py" }, new[] { "requirements.txt" });
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(analysis.RebuildStarts.Single().Reason!.Description, Is.EqualTo("mounts requirements.txt, which changed"));
        Assert.That(analysis.Stages[0].Instructions[1].Cache.Select(c => c.ToString()), Is.EqualTo(new[] { "previous 1", "mount type=bind,source=requirements.txt,target=/r.txt", "file requirements.txt" }));
        Assert.That(RebuiltLines(Analyze(Text, new[] { "requirements.txt", "app.py" }, new[] { "app.py" })), Is.Empty);
    }

    [Test]
    public void Cache_inputs_name_arguments_stages_images_and_urls()
    {
        const string Text = "ARG BASE=alpine:3.20\nFROM $BASE AS base\nARG VERSION=1\nRUN echo $VERSION\nLABEL v=$VERSION\nADD https://example.com/a.tgz /a.tgz\nFROM base\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=base /a.tgz /b\n";
        var analysis = Analyze(Text, Array.Empty<string>(), null);
        string[] Cache(int line) => analysis.Instructions.Single(i => i.Line == line).Cache.Select(c => c.ToString()).ToArray();
        Assert.That(Cache(2), Is.EqualTo(new[] { "image alpine:3.20" }));
        Assert.That(Cache(4), Is.EqualTo(new[] { "previous 3", "arg VERSION" }));
        Assert.That(Cache(5), Is.EqualTo(new[] { "previous 4", "arg VERSION" }));
        Assert.That(Cache(6), Is.EqualTo(new[] { "previous 5", "url https://example.com/a.tgz" }));
        Assert.That(Cache(7), Is.EqualTo(new[] { "stage base" }));
        Assert.That(Cache(8), Is.EqualTo(new[] { "previous 7", "from-image nginx:1.27" }));
        Assert.That(Cache(9), Is.EqualTo(new[] { "previous 8", "from-stage base" }));
        Assert.That(analysis.Stages[1].Base, Is.EqualTo("base"));
    }

    [Test]
    public void Without_a_build_context_the_changed_paths_are_the_files_known()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM node:22\nCOPY package.json ./\nRUN npm install\nCOPY . .\n");
        var analysis = LayerAnalysis.Analyze(new DockerfileSemanticModel(tree), new[] { "index.js" });
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 4 }));
    }

    [Test]
    public void Broken_and_empty_input_does_not_throw()
    {
        foreach (string text in new[] { string.Empty, "RUN x\n", "FROM\nCOPY\nRUN --mount=\nADD --from= \n", "FROM a AS a\nFROM a\nCOPY --from=1 / /\nFROM 1\n", "\0\xff{" })
        {
            var tree = DockerfileSyntaxTree.ParseText(text);
            Assert.DoesNotThrow(() => LayerAnalysis.Analyze(new DockerfileSemanticModel(tree), new[] { "x", "", "/", "../y" }), text);
        }
    }

    [Test]
    public void A_copy_from_a_later_stage_is_ordered_after_it()
    {
        // BuildKit resolves --from against every stage; the analysis settles the later stage first.
        const string Text = "FROM alpine AS app\nCOPY --from=assets /a /a\nFROM alpine AS assets\nCOPY a /a\n";
        var analysis = Analyze(Text, new[] { "a" }, new[] { "a" }, target: "app");
        Assert.That(RebuiltLines(analysis), Is.EqualTo(new[] { 2, 4 }));
        Assert.That(analysis.Stages.Select(s => s.InTarget), Is.EqualTo(new[] { true, true }));
    }

    [Test]
    public void A_long_chain_of_stages_is_analysed_in_linear_time()
    {
        // 20,000 stages each built FROM the one before: a change in the first rebuilds every FROM after it.
        var text = new System.Text.StringBuilder("FROM alpine AS s0\nCOPY . /app\n");
        for (int i = 1; i < 20_000; i++)
        {
            text.Append("FROM s").Append(i - 1).Append(" AS s").Append(i).Append('\n');
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var analysis = Analyze(text.ToString(), new[] { "a.txt" }, new[] { "a.txt" });
        Assert.That(analysis.Instructions.Count(i => i.Rebuilt == true), Is.EqualTo(20_000));
        Assert.That(analysis.Stages[^1].Instructions[0].Cache.Single().ToString(), Is.EqualTo("stage s19998"));
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromMinutes(1)), "quadratic work over the chain of base stages");
    }
}
