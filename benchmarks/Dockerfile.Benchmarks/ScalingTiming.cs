using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// Stopwatch phases of the lint pipeline on generated files (<c>-- --scaling [MB...]</c>), for finding where
/// time grows faster than the input; <c>-- --write-scaling folder</c> writes the 0.5, 1, 2 and 4 MB files for
/// whole-process <c>dfa lint</c> timings.
/// </summary>
public static class ScalingTiming
{
    /// <summary>The sizes the scaling benchmark and timings use, in bytes.</summary>
    public static readonly int[] Sizes = { 512 * 1024, 1024 * 1024, 2048 * 1024, 4096 * 1024 };

    /// <summary>Writes the generated files into <paramref name="folder"/>.</summary>
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (int size in Sizes)
        {
            string path = Path.Combine(folder, Name(size) + ".Dockerfile");
            File.WriteAllText(path, ScalingDockerfile.Create(size));
            Console.WriteLine(path);
        }
    }

    /// <summary>Prints parse, analysis and fix summary (<see cref="CodeFixes.Summarize"/>, as <c>dfa lint</c> runs it) times per size.</summary>
    public static void Run(string[] args)
    {
        var sizes = args.Length > 1
            ? args.Skip(1).Select(a => (int)(double.Parse(a, CultureInfo.InvariantCulture) * 1024 * 1024)).ToArray()
            : Sizes;
        foreach (int size in sizes)
        {
            string text = ScalingDockerfile.Create(size);
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            int gen2 = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            var tree = DockerfileSyntaxTree.ParseText(text);
            double parse = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var options = new AnalysisOptions { Cache = null };
            var diagnostics = DockerfileAnalysis.Analyze(tree, options);
            double analyze = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var summary = CodeFixes.Summarize(tree, diagnostics, options);
            int fixable = summary.FixableCount;
            double fixability = watch.Elapsed.TotalMilliseconds;
            if (Environment.GetEnvironmentVariable("BY_RULE") == "1")
            {
                foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    watch.Restart();
                    int n = group.Count(d => CodeFixes.GetFixes(tree, d).Any());
                    Console.WriteLine($"  {group.Key}: {group.Count()} diagnostics, {n} fixable, {watch.Elapsed.TotalMilliseconds:F0} ms");
                }
            }

            double mb = text.Length / (1024.0 * 1024.0);
            process.Refresh();
            double cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            double pauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            gen2 = GC.CollectionCount(2) - gen2;
            Console.WriteLine(
                $"{Name(size)}: {text.Length} chars, {diagnostics.Length} diagnostics, {fixable} fixable, fix-all would apply {summary.FixCount}; parse {parse:F0} ms, analyze {analyze:F0} ms, fixability {fixability:F0} ms; total {(parse + analyze + fixability) / mb:F0} ms/MB, CPU {cpuMs / mb:F0} ms/MB (all threads); GC pauses {pauseMs:F0} ms ({pauseMs / mb:F0} ms/MB, {gen2} gen2)");
        }
    }

    /// <summary>
    /// Each built-in analyzer alone on a small and a big generated file (<c>-- --scaling-rules [SMALL_MB BIG_MB]</c>,
    /// 0.125 and 0.5 by default): an analyzer whose time grows much more than the sizes' ratio is superlinear.
    /// </summary>
    public static void Rules(string[] args)
    {
        double smallMb = args.Length > 2 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.125;
        double bigMb = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.5;
        var small = DockerfileSyntaxTree.ParseText(ScalingDockerfile.Create((int)(smallMb * 1024 * 1024)));
        var big = DockerfileSyntaxTree.ParseText(ScalingDockerfile.Create((int)(bigMb * 1024 * 1024)));
        var rows = new System.Collections.Generic.List<(string Name, double Small, double Big)>();
        var candidates = DockerfileAnalysis.BuiltInAnalyzers.Select(a => System.Collections.Immutable.ImmutableArray.Create(a))
            .Prepend(System.Collections.Immutable.ImmutableArray<DockerfileAnalyzer>.Empty);
        foreach (var analyzers in candidates)
        {
            var options = new AnalysisOptions { Analyzers = analyzers, Cache = null };
            double Time(DockerfileSyntaxTree tree)
            {
                double best = double.MaxValue;
                for (int round = 0; round < 3; round++)
                {
                    var watch = Stopwatch.StartNew();
                    DockerfileAnalysis.Analyze(tree, options);
                    best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                }

                return best;
            }

            rows.Add((analyzers.IsEmpty ? "(no analyzer)" : analyzers[0].GetType().Name, Time(small), Time(big)));
        }

        foreach (var row in rows.OrderByDescending(r => r.Big))
        {
            Console.WriteLine($"{row.Name,-48} {row.Small,8:0.0} ms {row.Big,8:0.0} ms  x{row.Big / Math.Max(row.Small, 0.01),5:0.0}");
        }
    }

    /// <summary>The name of a size: <c>0.5MB</c>, <c>1MB</c>...</summary>
    public static string Name(int size) => (size / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + "MB";
}
