using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>Full parses: the shared corpus of real Dockerfiles and a generated 10,000-instruction file.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private List<string> _corpus = new();
    private string _generated = string.Empty;

    /// <summary>Loads the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.LoadRealFiles();
        _generated = GeneratedDockerfile.Create(10_000);
    }

    /// <summary>Parses every file of the corpus (990 files, about 2.3 MB).</summary>
    [Benchmark]
    public int ParseCorpus()
    {
        int total = 0;
        foreach (var text in _corpus)
        {
            total += DockerfileSyntaxTree.ParseText(text).GetRoot().FullSpan.Length;
        }

        return total;
    }

    /// <summary>Parses the generated 10,000-instruction file.</summary>
    [Benchmark]
    public int ParseGenerated() => DockerfileSyntaxTree.ParseText(_generated).GetRoot().FullSpan.Length;
}
