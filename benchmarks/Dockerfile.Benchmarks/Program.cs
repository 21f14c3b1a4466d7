using System.Linq;
using BenchmarkDotNet.Running;

namespace Dockerfile.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --filter *</c>, <c>-- --retained</c> for tree size, <c>-- --format-loop N</c> for the best of N corpus formats, or <c>-- --noise</c> for the noise report (docs/rules/noise.md).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--noise")
        {
            Noise.Run(args);
            return;
        }

        if (args.Length > 1 && args[0] == "--dump-fixes")
        {
            DumpFixes.Run(args[1], args.Skip(2).ToList());
            return;
        }

        if (args.Length > 0 && args[0] == "--dump")
        {
            Dump.Run(args[1]);
            return;
        }

        if (args.Length > 0 && args[0] == "--edit-profile")
        {
            if (args.Length > 1 && args[1] == "symbols")
            {
                EditProfile.Symbols(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300, args.Length > 3 ? args[3] : null);
            }
            else if (args.Length > 1 && args[1] == "ab")
            {
                EditProfile.Compare(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200, args.Length > 3 ? args[3] : null);
            }
            else if (args.Length > 1 && args[1] == "loop")
            {
                EditProfile.Loop(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500, !(args.Length > 3 && args[3] == "serial"), args.Length > 4 ? args[4] : null);
            }
            else
            {
                EditProfile.Run();
            }

            return;
        }

        if (args.Length > 0 && args[0] == "--profile")
        {
            RuleProfile.Run();
            return;
        }

        if (args.Length > 0 && args[0] == "--alloc")
        {
            AllocationProfile.Run(args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
            return;
        }

        if (args.Length > 0 && args[0] == "--parse-loop")
        {
            var texts = Corpus.LoadRealFiles();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            long best = long.MaxValue;
            int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
            for (int i = 0; i < rounds; i++)
            {
                watch.Restart();
                foreach (var t in texts)
                {
                    Dockerfile.Syntax.DockerfileSyntaxTree.ParseText(t);
                }

                best = System.Math.Min(best, watch.ElapsedTicks);
            }

            System.Console.WriteLine($"best corpus parse of {rounds}: {best * 1000.0 / System.Diagnostics.Stopwatch.Frequency:F2} ms");
            return;
        }

        if (args.Length > 0 && args[0] == "--format-breakdown")
        {
            var texts = Corpus.LoadRealFiles();
            var trees = texts.ConvertAll(t => Dockerfile.Syntax.DockerfileSyntaxTree.ParseText(t));
            var w = new System.Diagnostics.Stopwatch();
            long bc = long.MaxValue, bt = long.MaxValue;
            for (int i = 0; i < 40; i++)
            {
                w.Restart();
                var all = new System.Collections.Generic.List<System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextChange>>();
                foreach (var tr in trees) all.Add(Dockerfile.Analysis.Formatting.DockerfileFormatter.GetFormattedTextChanges(tr));
                bc = System.Math.Min(bc, w.ElapsedTicks);
                w.Restart();
                for (int k = 0; k < trees.Count; k++) { if (!all[k].IsEmpty) trees[k].GetText().WithChanges(all[k]).ToString(); }
                bt = System.Math.Min(bt, w.ElapsedTicks);
            }
            System.Console.WriteLine($"changes {bc * 1000.0 / System.Diagnostics.Stopwatch.Frequency:F2} ms, text {bt * 1000.0 / System.Diagnostics.Stopwatch.Frequency:F2} ms");
            return;
        }

        if (args.Length > 0 && args[0] == "--format-loop")
        {
            // The best of N passes of parse + format + text over the corpus: the in-process steady state that
            // benchmarks/npm/format-bench.js puts beside dprint's in the same run.
            var texts = Corpus.LoadRealFiles();
            int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
            var watch = new System.Diagnostics.Stopwatch();
            long best = long.MaxValue;
            int length = 0;
            for (int i = 0; i < rounds; i++)
            {
                watch.Restart();
                length = FormatCorpusBenchmarks.FormatAll(texts);
                best = System.Math.Min(best, watch.ElapsedTicks);
            }

            System.Console.WriteLine($"best corpus format of {rounds}: {best * 1000.0 / System.Diagnostics.Stopwatch.Frequency:F2} ms ({texts.Count} files, {length} characters out)");
            return;
        }

        if (args.Length > 0 && args[0] == "--scaling-rules")
        {
            ScalingTiming.Rules(args);
            return;
        }

        if (args.Length > 0 && args[0] == "--scaling")
        {
            ScalingTiming.Run(args);
            return;
        }

        if (args.Length > 1 && args[0] == "--write-scaling")
        {
            ScalingTiming.Write(args[1]);
            return;
        }

        if (args.Length > 1 && args[0] == "--analyzer-load")
        {
            AnalyzerLoadProbe.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args.Length > 0 && args[0] == "--breakdown")
        {
            Breakdown.Run();
            return;
        }

        if (args.Length > 0 && args[0] == "--retained")
        {
            RetainedSize.Run();
            return;
        }

        if (args.Length > 0 && args[0] == "--loop")
        {
            Breakdown.Loop(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        if (args.Length > 0 && args[0] == "--time-analysis")
        {
            if (args.Length > 1 && args[1] == "loop")
            {
                AnalysisTiming.Loop();
            }
            else
            {
                AnalysisTiming.Run();
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
