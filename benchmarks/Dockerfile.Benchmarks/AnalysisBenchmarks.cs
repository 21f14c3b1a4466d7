using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Dockerfile.Analysis;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Benchmarks;

/// <summary>
/// Analysis of the generated 10,000-instruction file with twenty local rules: a cold analysis (empty cache) against
/// re-analysis of the tree after a one-character edit inside a RUN in the middle (the cache holds the results of
/// the previous version, so only the edited instruction runs again).
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private DockerfileSyntaxTree _tree = null!;
    private DockerfileSyntaxTree _edited = null!;
    private ImmutableArray<DockerfileAnalyzer> _analyzers;
    private AnalyzerCache _warm = null!;

    /// <summary>Parses the file, applies the edit and fills a cache with the results of the unedited tree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = SourceText.From(GeneratedDockerfile.Create(10_000));
        _tree = DockerfileSyntaxTree.ParseText(text);
        string s = text.ToString();
        int middleRun = s.IndexOf("apt-get install", s.Length / 2, System.StringComparison.Ordinal);
        _edited = _tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(middleRun, 0), "x")));
        _analyzers = SampleLocalAnalyzers.Create();
        _warm = new AnalyzerCache();
        DockerfileAnalysis.Analyze(_tree, new AnalysisOptions { Analyzers = _analyzers, Cache = _warm });
    }

    /// <summary>The baseline: every rule on every node of the edited tree, with an empty cache.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> ColdAnalysis() =>
        DockerfileAnalysis.Analyze(_edited, new AnalysisOptions { Analyzers = _analyzers, Cache = new AnalyzerCache() });

    /// <summary>Re-analysis of the edited tree with the cache of the previous version.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> ReanalysisAfterEdit() =>
        DockerfileAnalysis.Analyze(_edited, new AnalysisOptions { Analyzers = _analyzers, Cache = _warm });
}
