using BenchmarkDotNet.Attributes;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Benchmarks;

/// <summary>
/// One-character edits on the generated 10,000-instruction file: incremental reparse against a full
/// parse of the same new text (the baseline, in the same run).
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private DockerfileSyntaxTree _tree = null!;
    private SourceText _insideRun = null!;
    private SourceText _atEnd = null!;
    private SourceText _inDirectives = null!;

    /// <summary>Parses the file and prepares the three edited texts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = SourceText.From(GeneratedDockerfile.Create(10_000));
        _tree = DockerfileSyntaxTree.ParseText(text);
        string s = text.ToString();
        int middleRun = s.IndexOf("apt-get install", s.Length / 2, System.StringComparison.Ordinal);
        _insideRun = text.WithChanges(new TextChange(new TextSpan(middleRun, 0), "x"));
        _atEnd = text.WithChanges(new TextChange(new TextSpan(text.Length, 0), "x"));
        _inDirectives = text.WithChanges(new TextChange(new TextSpan("# syntax=docker/dockerfile".Length, 0), "x"));
    }

    /// <summary>The baseline: a full parse of the text after the edit inside a RUN.</summary>
    [Benchmark(Baseline = true)]
    public DockerfileSyntaxTree FullParseAfterEdit() => DockerfileSyntaxTree.ParseText(_insideRun);

    /// <summary>A one-character edit inside a RUN in the middle of the file.</summary>
    [Benchmark]
    public DockerfileSyntaxTree IncrementalEditInsideRun() => _tree.WithChangedText(_insideRun);

    /// <summary>Typing a character at the end of the file.</summary>
    [Benchmark]
    public DockerfileSyntaxTree IncrementalTypeAtEnd() => _tree.WithChangedText(_atEnd);

    /// <summary>Typing a character in the parser-directive block (falls back to a full parse by design).</summary>
    [Benchmark]
    public DockerfileSyntaxTree IncrementalTypeInDirectives() => _tree.WithChangedText(_inDirectives);
}
