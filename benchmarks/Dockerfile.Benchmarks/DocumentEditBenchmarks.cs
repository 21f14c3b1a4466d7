using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Workspaces;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Benchmarks;

/// <summary>
/// What an editor waits for after a keystroke, in process: a one-character edit inside a RUN in the middle of the
/// generated file of about 2,000 lines (the size of the language-server probe), then its diagnostics. The baseline,
/// in the same run, analyses the edited text loaded afresh (a one-string text, a new tree, no cache).
/// </summary>
[MemoryDiagnoser]
public class DocumentEditBenchmarks
{
    private DockerfileDocument _document = null!;

    /// <summary>Whether the driver may spread the analysis over threads (it does from 200 instructions on).</summary>
    [Params(true, false)]
    public bool Parallel { get; set; }
    private SourceText _edited = null!;
    private SourceText _editedFresh = null!;

    /// <summary>Opens the document, analyses it once (the editor's state before the keystroke) and prepares the edit.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = SourceText.From(GeneratedDockerfile.Create(1_430));
        _document = DockerfileDocument.Create(text, "/bench/Dockerfile", null, null, new AnalysisOptions { AllowParallel = Parallel });
        _document.GetDiagnostics();
        string s = text.ToString();
        int middleRun = s.IndexOf("apt-get install", s.Length / 2, System.StringComparison.Ordinal);
        _edited = text.WithChanges(new TextChange(new TextSpan(middleRun, 0), "x"));
        _editedFresh = SourceText.From(_edited.ToString());
    }

    /// <summary>The baseline: the edited text loaded as a new document and analysed without a cache.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> FreshDocument() => DockerfileDocument.Create(_editedFresh, "/bench/Dockerfile", null, null, new AnalysisOptions { AllowParallel = Parallel, Cache = null }).GetDiagnostics();

    /// <summary>The editor's path: <see cref="DockerfileDocument.WithText"/> (incremental reparse, shared analyzer cache), then the diagnostics.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> EditThenDiagnostics() => _document.WithText(_edited).GetDiagnostics();

    /// <summary>The same edit analysed over the edited text as <c>SourceText.WithChanges</c> made it (what the document did before it kept the text in one piece).</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> EditOverPiecedText() => DockerfileAnalysis.Analyze(_document.SyntaxTree.WithChangedText(_edited), _document.Options);
}
