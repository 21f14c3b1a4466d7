using System;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>
/// <see cref="LayerAnalysis"/> and <see cref="BuildContextUsage"/> on every real Dockerfile of the shared corpus, with a
/// context made of the files its COPY and ADD name and each of them changed: nothing throws, a stage's rebuilt
/// instructions run from the first rebuilt one to its end, and every rebuilt instruction (only those) has a reason.
/// </summary>
public class LayerAnalysisCorpusTests
{
    [Test]
    public void Every_corpus_file_keeps_the_rebuild_invariants()
    {
        string? corpus = TestCorpus.FindCorpusDirectory();
        string? manifest = corpus == null ? null : Path.Combine(corpus, "real", "MANIFEST.tsv");
        if (corpus == null || !File.Exists(manifest))
        {
            TestCorpus.Skip("the shared corpus (shared/corpus/real/MANIFEST.tsv beside the repository) is not present; LayerAnalysisTests cover each rule");
            return;
        }

        var utf8 = new UTF8Encoding(false);
        int files = 0;
        int withSources = 0;
        int withRebuilds = 0;
        var notRebuilt = new System.Collections.Generic.List<string>();
        foreach (string name in File.ReadAllLines(manifest!).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]))
        {
            var tree = DockerfileSyntaxTree.ParseText(utf8.GetString(File.ReadAllBytes(Path.Combine(corpus, "real", name))));
            var sources = tree.GetRoot().Instructions.OfType<BaseCopyInstructionSyntax>().Where(c => c.GetFlag("from") == null)
                .SelectMany(c => c.Sources).Where(s => !s.Contains('$') && !s.Contains("://")).Select(s => s.Trim('/', '.').Length == 0 ? "main.c" : s.EndsWith("/", StringComparison.Ordinal) ? s + "file" : s).Distinct().ToList();
            var model = new DockerfileSemanticModel(tree, new SemanticModelOptions { BuildContext = BuildContext.FromFiles(sources) });
            var analysis = LayerAnalysis.Analyze(model, sources);
            BuildContextUsage.Analyze(model);
            files++;
            if (sources.Count > 0)
            {
                withSources++;
                if (analysis.RebuildStarts.Length > 0)
                {
                    withRebuilds++;
                }
                else
                {
                    notRebuilt.Add(name);
                }
            }

            foreach (var stage in analysis.Stages)
            {
                int first = stage.Instructions.IndexOf(stage.Instructions.FirstOrDefault(i => i.Rebuilt == true)!);
                for (int i = 0; i < stage.Instructions.Length; i++)
                {
                    var instruction = stage.Instructions[i];
                    Assert.That(instruction.Rebuilt, Is.EqualTo(first >= 0 && i >= first), $"{name} line {instruction.Line}: rebuilt from the first rebuilt instruction of its stage on");
                    Assert.That(instruction.Reason is null, Is.EqualTo(instruction.Rebuilt != true), $"{name} line {instruction.Line}: a reason exactly when rebuilt");
                }
            }

            Assert.That(analysis.RebuildStarts.Select(s => s.Instruction.Kind), Is.All.AnyOf(SyntaxKind.CopyInstruction, SyntaxKind.AddInstruction, SyntaxKind.RunInstruction), name);
        }

        Assert.That(files, Is.GreaterThan(0));
        TestContext.Progress.WriteLine($"{files} files, {withSources} copy from the context, {withRebuilds} with rebuilt instructions");
        Assert.That(notRebuilt, Is.Empty, "a change to every file a COPY names rebuilds that COPY");
    }
}
