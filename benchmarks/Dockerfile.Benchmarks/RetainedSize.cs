using System;
using System.Collections.Generic;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>Measures the memory a parsed tree keeps alive per source byte (the text itself not counted).</summary>
public static class RetainedSize
{
    /// <summary>Prints the retained bytes per source byte for the corpus and the generated file.</summary>
    public static void Run()
    {
        Measure("corpus (990 files)", Corpus.LoadRealFiles());
        Measure("generated 10,000 instructions", new List<string> { GeneratedDockerfile.Create(10_000) });
    }

    private static void Measure(string name, List<string> texts)
    {
        long sourceChars = 0;
        foreach (var t in texts)
        {
            sourceChars += t.Length;
        }

        // Warm up first, so one-time costs (JIT, static caches of shared trivia) are not counted.
        foreach (var t in texts)
        {
            DockerfileSyntaxTree.ParseText(t).GetRoot();
        }

        var trees = new List<DockerfileSyntaxTree>(texts.Count);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var t in texts)
        {
            var tree = DockerfileSyntaxTree.ParseText(t);
            tree.GetRoot();
            trees.Add(tree);
        }

        long after = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var t in texts)
        {
            DockerfileSyntaxTree.ParseText(t).GetRoot();
        }

        watch.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"{name}: one more parse allocated {allocated:N0} bytes ({allocated / (double)Math.Max(1, sourceChars):F1} per source character) in {watch.Elapsed.TotalMilliseconds:F1} ms (a rough single run; use the benchmarks for timing)");
        double perByte = (after - before) / (double)Math.Max(1, sourceChars);
        Console.WriteLine($"{name}: {sourceChars:N0} source characters, {after - before:N0} bytes retained, {perByte:F2} bytes per source byte");
        GC.KeepAlive(trees);
    }
}
