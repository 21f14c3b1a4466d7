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
    private bool _showEdited;

    /// <summary>Gets or sets the rule set: <c>realistic</c> (20 problem checks, about 2,000 findings) or <c>chatty</c> (about 12,000).</summary>
    [Params("realistic", "chatty")]
    public string Rules { get; set; } = "realistic";

    /// <summary>Parses the file, applies the edit and fills a cache with the results of the unedited tree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = SourceText.From(GeneratedDockerfile.Create(10_000));
        _tree = DockerfileSyntaxTree.ParseText(text);
        string s = text.ToString();
        int middleRun = s.IndexOf("apt-get install", s.Length / 2, System.StringComparison.Ordinal);
        _edited = _tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(middleRun, 0), "x")));
        _analyzers = Rules == "chatty" ? SampleLocalAnalyzers.CreateChatty() : SampleLocalAnalyzers.Create();
        _warm = new AnalyzerCache();
        DockerfileAnalysis.Analyze(_tree, new AnalysisOptions { Analyzers = _analyzers, Cache = _warm });
    }

    /// <summary>The baseline: every rule on every node of the edited tree, with an empty cache.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> ColdAnalysis() =>
        DockerfileAnalysis.Analyze(_edited, new AnalysisOptions { Analyzers = _analyzers, Cache = new AnalyzerCache() });

    /// <summary>
    /// Re-analysis after a one-character edit, with the cache of the previous version: the calls alternate between
    /// the edited and the original tree (typing a character, then undoing it), so every call analyses a tree that
    /// differs by one character from the one analysed just before.
    /// </summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> ReanalysisAfterEdit()
    {
        _showEdited = !_showEdited;
        return DockerfileAnalysis.Analyze(_showEdited ? _edited : _tree, new AnalysisOptions { Analyzers = _analyzers, Cache = _warm });
    }
}
