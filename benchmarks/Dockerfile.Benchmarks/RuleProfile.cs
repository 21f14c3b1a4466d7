using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// A rough per-analyzer breakdown: <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --profile</c>
/// runs each built-in analyzer alone over the parsed corpus (best of 3) and prints the slowest ones with the bytes
/// they allocate. Not a benchmark: use it to find what to optimise, then measure with LintCorpusBenchmarks.
/// </summary>
public static class RuleProfile
{
    /// <summary>Prints the breakdown.</summary>
    public static void Run()
    {
        var trees = Corpus.LoadRealFiles().Select(t => DockerfileSyntaxTree.ParseText(t)).ToList();
        var all = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet();
        var rows = new List<(string Name, double Ms, long Bytes)>();
        foreach (var analyzer in DockerfileAnalysis.BuiltInAnalyzers)
        {
            var options = new AnalysisOptions { Analyzers = ImmutableArray.Create(analyzer), EnabledRules = all };
            double best = double.MaxValue;
            long bytes = 0;
            for (int round = 0; round < 3; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                foreach (var tree in trees)
                {
                    DockerfileAnalysis.Analyze(tree, options);
                }

                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            rows.Add((analyzer.GetType().Name, best, bytes));
        }

        Console.WriteLine($"{trees.Count} files; each analyzer alone (driver and semantic model included), best of 3:");
        foreach (var row in rows.OrderByDescending(r => r.Ms))
        {
            Console.WriteLine($"{row.Name,-48} {row.Ms,8:0.0} ms {row.Bytes / 1e6,8:0.0} MB");
        }

        Console.WriteLine($"{"sum",-48} {rows.Sum(r => r.Ms),8:0.0} ms {rows.Sum(r => r.Bytes) / 1e6,8:0.0} MB");
    }
}
