using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Dockerfile.Analysis.Formatting;
using Dockerfile.Syntax;

namespace Dockerfile.Benchmarks;

/// <summary>
/// Formats every file of <c>shared/corpus/real</c> (the files of <c>MANIFEST.tsv</c>, as the other corpus benchmarks):
/// <c>dotnet run -c Release --project benchmarks/Dockerfile.Benchmarks -- --filter '*FormatCorpus*' --memory</c>.
/// <see cref="FormatCorpus"/> is what a formatter run costs (parse, format, the new text); <see cref="FormatParsedCorpus"/>
/// the formatting alone, on trees parsed once. <c>benchmarks/npm/format-bench.js</c> compares with dprint's plugin.
/// </summary>
[MemoryDiagnoser]
public class FormatCorpusBenchmarks
{
    private List<string> _files = null!;
    private List<DockerfileSyntaxTree> _trees = null!;

    /// <summary>Reads and parses the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _files = Corpus.LoadRealFiles();
        _trees = new List<DockerfileSyntaxTree>(_files.Count);
        foreach (string text in _files)
        {
            _trees.Add(DockerfileSyntaxTree.ParseText(text));
        }

        System.Console.WriteLine($"// {_files.Count} files");
    }

    /// <summary>Parse, format and make the formatted text of every corpus file; returns the total length.</summary>
    [Benchmark]
    public int FormatCorpus() => FormatAll(_files);

    /// <summary>The changes of every pre-parsed corpus file; returns their number.</summary>
    [Benchmark]
    public int FormatParsedCorpus()
    {
        int count = 0;
        foreach (var tree in _trees)
        {
            count += DockerfileFormatter.GetFormattedTextChanges(tree).Length;
        }

        return count;
    }

    /// <summary>Parses and formats each text; returns the total length of the results.</summary>
    public static int FormatAll(List<string> files)
    {
        int length = 0;
        foreach (string text in files)
        {
            length += DockerfileFormatter.Format(DockerfileSyntaxTree.ParseText(text)).ToString().Length;
        }

        return length;
    }
}
