using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Dockerfile.Analyzers;
using Dockerfile.Analyzers.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dockerfile.Benchmarks;

/// <summary>
/// The Roslyn analyzer's overhead per compilation (issue 18 item 5): a C# compilation whose additional files are three
/// Dockerfiles (the two samples and the CLI's node-npm fixture) with their context lists and manifests, as the package's
/// targets pass them. <c>Cached</c> is the steady state of an IDE or a build server (the same Dockerfiles, a new
/// compilation); <c>Cold</c> empties the result cache first, so every Dockerfile is analysed; the baseline runs an
/// analyzer that does nothing, the cost of the analyzer driver itself.
/// </summary>
[MemoryDiagnoser]
public class RoslynAnalyzerBenchmarks
{
    private Compilation _compilation = null!;
    private AnalyzerOptions _options = null!;
    private ImmutableArray<DiagnosticAnalyzer> _dockerfileAnalyzer;
    private ImmutableArray<DiagnosticAnalyzer> _emptyAnalyzer;

    /// <summary>Gets the compilation (one C# file), after <see cref="Prepare"/>.</summary>
    internal Compilation Compilation => _compilation;

    /// <summary>Gets the analyzer options with the three Dockerfiles and what the targets pass with them, after <see cref="Prepare"/>.</summary>
    internal AnalyzerOptions Options => _options;

    /// <summary>Builds the compilation and the additional files once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        _dockerfileAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new DockerfileDiagnosticAnalyzer());
        _emptyAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
        if (Run(_dockerfileAnalyzer) < 3)
        {
            throw new System.InvalidOperationException("expected findings in the three Dockerfiles");
        }
    }

    /// <summary>Builds the compilation and the additional files, and runs nothing.</summary>
    internal void Prepare()
    {
        string root = FindRoot();
        var files = new List<(string Path, string Text, Dictionary<string, string> Options)>();
        void AddContext(string folder, string source)
        {
            string full = Path.Combine(root, source);
            var names = Directory.GetFiles(full).Select(Path.GetFileName).Select(n => n!).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
            foreach (string name in names)
            {
                string text = File.ReadAllText(Path.Combine(full, name));
                if (name == "Dockerfile")
                {
                    files.Add((folder + name, text, Metadata("Dockerfile", folder)));
                }
                else if (name is "Pipfile" or "package.json")
                {
                    files.Add((folder + name, text, Metadata("ContextFile", null)));
                }
            }

            files.Add((folder + "obj/context.txt", string.Join("\n", names) + "\n", Metadata("ContextList", folder)));
        }

        AddContext("/repo/python/", "samples/python-pipenv");
        AddContext("/repo/node/", "samples/node-good");
        AddContext("/repo/node-npm/", "tests/Dockerfile.Cli.Tests/Fixtures/node-npm");

        var texts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var provider = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>(), files.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)f.Options));
        _options = new AnalyzerOptions(texts, provider);
        _compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("public class C { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>The driver alone: an analyzer whose additional-file action does nothing.</summary>
    [Benchmark(Baseline = true)]
    public int Empty() => Run(_emptyAnalyzer);

    /// <summary>The steady state: every Dockerfile's results come from the cache.</summary>
    [Benchmark]
    public int Cached() => Run(_dockerfileAnalyzer);

    /// <summary>Every Dockerfile analysed: the result cache is emptied first.</summary>
    [Benchmark]
    public int Cold()
    {
        AnalysisResultCache.Clear();
        return Run(_dockerfileAnalyzer);
    }

    private int Run(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        _compilation.Clone()
            .WithAnalyzers(analyzers, _options)
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult()
            .Length;

    private static Dictionary<string, string> Metadata(string kind, string? context)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DockerfileAnalysisKind"] = kind };
        if (context != null)
        {
            metadata["build_metadata.AdditionalFiles.DockerfileAnalysisContext"] = context;
        }

        return metadata;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "Dockerfile.Analysis.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new System.InvalidOperationException("Dockerfile.Analysis.sln was not found above the benchmark.");
    }
}
