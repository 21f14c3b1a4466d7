using System;
using System.Diagnostics;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Benchmarks;

/// <summary>A quick stopwatch breakdown of re-analysis (<c>-- --time-analysis</c>), for finding where the time goes.</summary>
public static class AnalysisTiming
{
    /// <summary>Re-analysis only, many times over (a workload for a CPU profiler): <c>-- --time-analysis loop</c>.</summary>
    public static void Loop()
    {
        var bench = new AnalysisBenchmarks { Rules = Environment.GetEnvironmentVariable("RULES") ?? "realistic" };
        bench.Setup();
        var sw = Stopwatch.StartNew();
        double best = double.MaxValue;
        for (int round = 0; round < 40; round++)
        {
            sw.Restart();
            for (int i = 0; i < 50; i++)
            {
                bench.ReanalysisAfterEdit();
            }

            best = Math.Min(best, sw.Elapsed.TotalMilliseconds / 50);
        }

        Console.WriteLine($"re-analysis, best round of 40 (50 calls each): {best:F2} ms per call");
    }

    /// <summary>Prints the timings.</summary>
    public static void Run()
    {
        for (int round = 0; round < 4; round++)
        {
            Once();
        }
    }

    private static void Once()
    {
        var bench = new AnalysisBenchmarks { Rules = Environment.GetEnvironmentVariable("RULES") ?? "realistic" };
        bench.Setup();
        for (int i = 0; i < 5; i++)
        {
            bench.ReanalysisAfterEdit();
        }

        var sw = Stopwatch.StartNew();
        var result = bench.ReanalysisAfterEdit();
        for (int i = 0; i < 19; i++)
        {
            result = bench.ReanalysisAfterEdit();
        }

        Console.WriteLine($"re-analysis (mean of 20): {sw.Elapsed.TotalMilliseconds / 20:F1} ms, {result.Length} diagnostics");
        sw.Restart();
        for (int i = 0; i < 3; i++)
        {
            bench.ColdAnalysis();
        }

        Console.WriteLine($"cold (mean of 3): {sw.Elapsed.TotalMilliseconds / 3:F1} ms");
        var text = SourceText.From(GeneratedDockerfile.Create(10_000));
        var tree = DockerfileSyntaxTree.ParseText(text);
        sw.Restart();
        var suppressions = DiagnosticFilter.Apply(Array.Empty<Diagnostic>(), tree, null, RuleCatalog.All).ToList();
        Console.WriteLine($"filter (no diagnostics): {sw.Elapsed.TotalMilliseconds:F1} ms");
        var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(text.Length / 2, 0), "x")));
        var silent = SampleLocalAnalyzers.CreateSilent();
        var cache = new AnalyzerCache();
        DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Analyzers = silent, Cache = cache });
        DockerfileAnalysis.Analyze(edited, new AnalysisOptions { Analyzers = silent, Cache = cache });
        sw.Restart();
        DockerfileAnalysis.Analyze(edited, new AnalysisOptions { Analyzers = silent, Cache = cache });
        Console.WriteLine($"re-analysis, silent rules: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        DockerfileAnalysis.Analyze(edited, new AnalysisOptions { Analyzers = silent, Cache = cache, AllowParallel = false });
        Console.WriteLine($"re-analysis, silent rules, sequential: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        InlineSuppressions.Read(tree);
        Console.WriteLine($"suppressions: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        _ = new RuleIdResolver(RuleCatalog.All);
        Console.WriteLine($"resolver: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        var locs = Enumerable.Range(0, result.Length).Select(i => tree.GetLocation(new TextSpan(i * 10, 5))).ToList();
        Console.WriteLine($"{locs.Count} locations: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        var sorted = result.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.End).ToArray();
        Console.WriteLine($"sort: {sw.Elapsed.TotalMilliseconds:F1} ms");
    }
}
