using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

internal static class Dump
{
    public static void Run(string path)
    {
        var all = new AnalysisOptions { EnabledRules = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet(), Cache = null };
        using var w = new StreamWriter(path);
        foreach (var (name, text) in Corpus.LoadRealFilesWithNames())
        {
            foreach (var d in DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), all))
            {
                w.WriteLine($"{name}\t{d.Id}\t{d.Severity}\t{d.Location.SourceSpan}\t{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }
    }
}
