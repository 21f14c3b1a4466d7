using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// The whole <c>dfa lint</c> pipeline of one file (parse, analyze with the default rules, then
/// <see cref="CodeFixes.Summarize"/>: which findings have a fix and how many fix-all would apply) on generated files of
/// 0.5, 1, 2 and 4 MB (<see cref="ScalingDockerfile"/>): time per MB must stay flat as the file grows.
/// <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --filter '*ScalingBenchmarks*' --job short</c>.
/// </summary>
public class ScalingBenchmarks
{
    private string _text = null!;

    /// <summary>Gets or sets the size of the generated file, in bytes.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Bytes { get; set; }

    /// <summary>Gets the sizes measured.</summary>
    public static IEnumerable<int> Sizes => ScalingTiming.Sizes;

    /// <summary>Generates the file.</summary>
    [GlobalSetup]
    public void Setup() => _text = ScalingDockerfile.Create(Bytes);

    /// <summary>Parse, analyze and fix summary; returns the fix count. The analyzer cache is off: every iteration is a first lint.</summary>
    [Benchmark]
    public int Lint()
    {
        var tree = DockerfileSyntaxTree.ParseText(_text);
        var options = new AnalysisOptions { Cache = null };
        var diagnostics = DockerfileAnalysis.Analyze(tree, options);
        return CodeFixes.Summarize(tree, diagnostics, options).FixCount;
    }
}
