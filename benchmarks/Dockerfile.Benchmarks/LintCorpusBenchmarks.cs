using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dockerfile.Analysis;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// Parses and lints every file of <c>shared/corpus/real</c> (990 Dockerfiles) with every built-in rule, the
/// opt-in ones included: <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --filter '*LintCorpus*' --job short --memory</c>.
/// </summary>
[MemoryDiagnoser]
public class LintCorpusBenchmarks
{
    private List<string> _files = null!;
    private AnalysisOptions _options = null!;

    /// <summary>Gets the number of analyzer rules that run (RuleCatalog entries reported by an analyzer).</summary>
    public static int AnalyzerRuleCount => DockerfileAnalysis.BuiltInAnalyzers.SelectMany(a => a.Rules).Select(r => r.Id).Distinct().Count();

    /// <summary>Reads the corpus and turns every rule on.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _files = Corpus.LoadRealFiles();
        _options = new AnalysisOptions { EnabledRules = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet() };
        System.Console.WriteLine($"// {_files.Count} files, {AnalyzerRuleCount} analyzer rules");
    }

    /// <summary>Parse + analyze of all corpus files; returns the number of diagnostics.</summary>
    [Benchmark]
    public int LintCorpus()
    {
        int count = 0;
        foreach (string text in _files)
        {
            count += DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), _options).Length;
        }

        return count;
    }

    /// <summary>The same with files linted in parallel (<c>Parallel.ForEach</c> over files), as <c>dfa lint</c> does.</summary>
    [Benchmark]
    public int LintCorpusParallel()
    {
        int count = 0;
        System.Threading.Tasks.Parallel.ForEach(_files, text =>
        {
            int found = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), _options).Length;
            System.Threading.Interlocked.Add(ref count, found);
        });

        return count;
    }
}
