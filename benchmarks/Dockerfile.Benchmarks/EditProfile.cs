using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Benchmarks;

/// <summary>
/// Where the time of one keystroke goes (<c>-- --edit-profile</c>): one-character edits inside a RUN of the generated
/// 2,000-line file through <see cref="DockerfileDocument.WithText"/>; prints the reparse, the semantic model, the whole
/// analysis, and each analyzer alone (with the shared cache, so local rules are reused as in an editor). A stopwatch
/// breakdown for finding what to optimise, not a benchmark.
/// </summary>
public static class EditProfile
{
    /// <summary>Edits and analyses the document <paramref name="rounds"/> times (a workload for a CPU profiler): <c>-- --edit-profile loop</c>.</summary>
    /// <param name="rounds">How many edits.</param>
    /// <param name="parallel">Whether the analyzers may run in parallel.</param>
    /// <param name="path">A Dockerfile to edit instead of the generated one, as in <see cref="Compare"/>.</param>
    public static void Loop(int rounds, bool parallel = true, string? path = null)
    {
        var text = SourceText.From(path is null ? GeneratedDockerfile.Create(1_430) : System.IO.File.ReadAllText(path));
        var document = DockerfileDocument.Create(text, "/bench/Dockerfile", null, null, new AnalysisOptions { AllowParallel = parallel });
        document.GetDiagnostics();
        string s = text.ToString();
        int at = path is null ? s.IndexOf("apt-get install", s.Length / 2, StringComparison.Ordinal) : s.IndexOf("building", s.Length / 2, StringComparison.Ordinal) + "building".Length;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++)
        {
            document = document.WithText(document.Text.WithChanges(new TextChange(new TextSpan(at + (i % 5), 0), "x")));
            document.GetDiagnostics();
        }

        Console.WriteLine($"{sw.Elapsed.TotalMilliseconds / rounds:F2} ms per edit and analysis; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / rounds / 1e6:F2} MB per edit; heap after the last collection {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F1} MB, {GC.GetGCMemoryInfo().PromotedBytes / 1e6:F1} MB promoted by it, pauses {GC.GetTotalPauseDuration().TotalMilliseconds / rounds:F2} ms per edit");
    }

    /// <summary>
    /// Same-run comparison (<c>-- --edit-profile ab N</c>): N one-character edits of the generated file, each analysed
    /// three ways in turn, so that the machine's load drifts over all three alike: the incremental document
    /// (<see cref="DockerfileDocument.WithText"/> and its cache, as the language server does), the same edit on a
    /// fresh parse analysed without any cache, and the incremental reparse analysed with a new, empty cache (no stage reuse). Prints the medians.
    /// </summary>
    /// <param name="rounds">How many edits.</param>
    /// <param name="path">A Dockerfile to edit instead of the generated one (edits go after the first "building" or "apt-get install" past its middle), e.g. the language-server probe's file.</param>
    public static void Compare(int rounds, string? path = null)
    {
        var text = SourceText.From(path is null ? GeneratedDockerfile.Create(1_430) : System.IO.File.ReadAllText(path));
        var document = DockerfileDocument.Create(text, "/bench/Dockerfile");
        document.GetDiagnostics();
        string s = text.ToString();
        int at = path is null ? s.IndexOf("apt-get install", s.Length / 2, StringComparison.Ordinal) : s.IndexOf("building", s.Length / 2, StringComparison.Ordinal) + "building".Length;
        var incremental = new List<double>();
        var fresh = new List<double>();
        var noReuse = new List<double>();
        var sw = new Stopwatch();
        int count = 0;
        long reusedBefore = AnalyzerCache.Shared.StageReuseCount;
        for (int i = 0; i < rounds + 20; i++)
        {
            var edited = document.Text.WithChanges(new TextChange(new TextSpan(at + (i % 5), 0), "x"));
            sw.Restart();
            var next = document.WithText(edited);
            count = next.GetDiagnostics().Length;
            double a = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            var tree = Dockerfile.Syntax.DockerfileSyntaxTree.ParseText(edited.ToString(), "/bench/Dockerfile");
            DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Cache = null });
            double b = sw.Elapsed.TotalMilliseconds;

            var oldTree = document.SyntaxTree;
            sw.Restart();
            var changed = oldTree.WithChangedText(edited);
            DockerfileAnalysis.Analyze(changed, new AnalysisOptions { Cache = new AnalyzerCache() });
            double c = sw.Elapsed.TotalMilliseconds;

            document = next;
            if (i >= 20)
            {
                incremental.Add(a);
                fresh.Add(b);
                noReuse.Add(c);
            }
        }

        static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        Console.WriteLine($"{(AnalyzerCache.Shared.StageReuseCount - reusedBefore) / (rounds + 20)} stages reused per edit of {GeneratedStageCount(document)}");
        Console.WriteLine($"{rounds} edits, {count} diagnostics; medians: incremental document {Median(incremental):F2} ms, fresh parse and analysis without cache {Median(fresh):F2} ms, incremental reparse then analysis without cache {Median(noReuse):F2} ms");
    }

    private static int GeneratedStageCount(DockerfileDocument document) => document.GetSemanticModel().Stages.Length;

    /// <summary>Builds the outline of the generated file <paramref name="rounds"/> times (a workload for a CPU profiler): <c>-- --edit-profile symbols</c>.</summary>
    /// <param name="rounds">How many outlines.</param>
    /// <param name="path">A Dockerfile to outline instead of the generated one.</param>
    public static void Symbols(int rounds, string? path = null)
    {
        var document = DockerfileDocument.Create(SourceText.From(path is null ? GeneratedDockerfile.Create(1_430) : System.IO.File.ReadAllText(path)), "/bench/Dockerfile");
        var model = document.GetSemanticModel();
        var sw = Stopwatch.StartNew();
        int count = 0;
        for (int i = 0; i < rounds; i++)
        {
            count += Dockerfile.Analysis.Editor.DocumentSymbols.Get(model).Length;
        }

        Console.WriteLine($"{sw.Elapsed.TotalMilliseconds / rounds:F2} ms per outline ({count / rounds} top-level symbols)");
    }

    /// <summary>Prints the breakdown.</summary>
    public static void Run()
    {
        var text = SourceText.From(GeneratedDockerfile.Create(1_430));
        var document = DockerfileDocument.Create(text, "/bench/Dockerfile");
        document.GetDiagnostics();
        string s = text.ToString();
        int at = s.IndexOf("apt-get install", s.Length / 2, StringComparison.Ordinal);
        int edits = 0;
        SourceText Next(SourceText current) => current.WithChanges(new TextChange(new TextSpan(at + (edits++ % 5), 0), "x"));

        double Best(Func<double> f)
        {
            double best = double.MaxValue;
            for (int i = 0; i < 30; i++)
            {
                best = Math.Min(best, f());
            }

            return best;
        }

        var sw = new Stopwatch();
        double reparse = Best(() => { var t = Next(document.Text); sw.Restart(); document.WithText(t); return sw.Elapsed.TotalMilliseconds; });
        double model = Best(() => { var d = document.WithText(Next(document.Text)); sw.Restart(); new DockerfileSemanticModel(d.SyntaxTree); return sw.Elapsed.TotalMilliseconds; });
        double all = Best(() => { var d = document.WithText(Next(document.Text)); sw.Restart(); d.GetDiagnostics(); document = d; return sw.Elapsed.TotalMilliseconds; });
        Console.WriteLine($"reparse {reparse:F2} ms, model {model:F2} ms, whole analysis {all:F2} ms, diagnostics {document.GetDiagnostics().Length}");
        var rows = new List<(string, double)>();
        foreach (var analyzer in DockerfileAnalysis.BuiltInAnalyzers)
        {
            var options = new AnalysisOptions { Analyzers = ImmutableArray.Create(analyzer), Configuration = document.Options.Configuration };
            double ms = Best(() =>
            {
                var tree = document.SyntaxTree.WithChangedText(Next(document.Text));
                sw.Restart();
                DockerfileAnalysis.Analyze(tree, options);
                return sw.Elapsed.TotalMilliseconds;
            });
            rows.Add((analyzer.GetType().Name, ms));
        }

        foreach (var (name, ms) in rows.OrderByDescending(r => r.Item2).Take(30))
        {
            Console.WriteLine($"{ms,8:F3} ms  {name}");
        }

        Console.WriteLine($"sum of analyzers alone {rows.Sum(r => r.Item2):F2} ms");
    }
}
