using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// A rough single-process breakdown of linting the corpus (parse, semantic model, driver, rules), with
/// allocated bytes: <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --breakdown</c>.
/// For timing, trust the BenchmarkDotNet benchmarks; this points at where to look.
/// </summary>
internal static class Breakdown
{
    public static void Run()
    {
        var texts = Corpus.LoadRealFiles();
        var trees = texts.Select(t => DockerfileSyntaxTree.ParseText(t)).ToList();
        for (int round = 0; round < 3; round++)
        {
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            var w = Stopwatch.StartNew();
            foreach (var t in texts) DockerfileSyntaxTree.ParseText(t);
            Console.WriteLine($"parse {w.ElapsedMilliseconds} ms {(GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6:F1} MB");
            a0 = GC.GetAllocatedBytesForCurrentThread(); w.Restart();
            foreach (var t in trees) new DockerfileSemanticModel(t);
            Console.WriteLine($"model {w.ElapsedMilliseconds} ms {(GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6:F1} MB");
            a0 = GC.GetAllocatedBytesForCurrentThread(); w.Restart();
            var none = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new NoopAnalyzer()), Cache = null, AllowParallel = false };
            foreach (var t in trees) DockerfileAnalysis.Analyze(t, none);
            Console.WriteLine($"driver+noop {w.ElapsedMilliseconds} ms {(GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6:F1} MB");
            a0 = GC.GetAllocatedBytesForCurrentThread(); w.Restart();
            var all = new AnalysisOptions { Cache = null, AllowParallel = false };
            foreach (var t in trees) DockerfileAnalysis.Analyze(t, all);
            Console.WriteLine($"all rules sequential {w.ElapsedMilliseconds} ms {(GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6:F1} MB");
            w.Restart();
            var par = new AnalysisOptions { Cache = null };
            System.Threading.Tasks.Parallel.ForEach(trees, t => DockerfileAnalysis.Analyze(t, par));
            Console.WriteLine($"all rules, files in parallel {w.ElapsedMilliseconds} ms");
        }
    }

    /// <summary>
    /// Parses and lints the corpus (every rule, opt-in ones included, as <c>LintCorpusBenchmarks</c>)
    /// <paramref name="rounds"/> times, files sequentially then in parallel, and prints the best round of each:
    /// enough rounds for tiered compilation to settle. Also the workload for a CPU profiler
    /// (<c>DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record dotnet ... --loop 30</c>).
    /// </summary>
    public static void Loop(int rounds)
    {
        var texts = Corpus.LoadRealFiles();
        var all = new AnalysisOptions { EnabledRules = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet() };
        long best = long.MaxValue, bestParallel = long.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            var w = Stopwatch.StartNew();
            foreach (var t in texts) DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(t), all);
            best = Math.Min(best, w.ElapsedMilliseconds);
            w.Restart();
            System.Threading.Tasks.Parallel.ForEach(texts, t => DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(t), all));
            bestParallel = Math.Min(bestParallel, w.ElapsedMilliseconds);
        }

        Console.WriteLine($"parse + lint, best of {rounds}: sequential {best} ms, files in parallel {bestParallel} ms");
    }

    private sealed class NoopAnalyzer : DockerfileAnalyzer
    {
        public override ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor>.Empty;
        public override void Initialize(AnalysisContext context) => context.RegisterStageAction(_ => { });
    }
}
