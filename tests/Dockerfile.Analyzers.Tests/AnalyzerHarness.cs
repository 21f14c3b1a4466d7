using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.VisualBasic;

namespace Dockerfile.Analyzers.Tests;

/// <summary>
/// Runs <see cref="DockerfileDiagnosticAnalyzer"/> (or other <see cref="Analyzers"/>) in a compilation, as the compiler does in a build: the additional
/// files with the metadata build/Dockerfile.Analyzers.targets writes, per-file and global analyzer options, and the
/// compilation's severity options (NoWarn, WarningsAsErrors, TreatWarningsAsErrors, .globalconfig). The diagnostics
/// come back filtered by those options, as the compiler reports them. An analyzer exception fails the run.
/// </summary>
internal sealed class AnalyzerHarness
{
    /// <summary>The project folder of the test compilation (the files' paths start with it).</summary>
    public const string ProjectFolder = "/repo/app/";

    private readonly List<(string Path, string Text, Dictionary<string, string> Options)> _files = new();
    private int _lists;

    /// <summary>Gets the options every file sees (the <c>.globalconfig</c> keys, <c>build_property.*</c>).</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the command line's severities: <c>NoWarn</c> is <see cref="ReportDiagnostic.Suppress"/>, <c>WarningsAsErrors</c> is <see cref="ReportDiagnostic.Error"/>.</summary>
    public Dictionary<string, ReportDiagnostic> CommandLineSeverities { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the <c>.globalconfig</c> severities.</summary>
    public Dictionary<string, ReportDiagnostic> GlobalConfigSeverities { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the general option (<c>TreatWarningsAsErrors</c> is <see cref="ReportDiagnostic.Error"/>).</summary>
    public ReportDiagnostic GeneralOption { get; set; } = ReportDiagnostic.Default;

    /// <summary>Gets the Roslyn analyzers the compilation runs: the built-in <see cref="DockerfileDiagnosticAnalyzer"/> unless changed.</summary>
    public List<DiagnosticAnalyzer> Analyzers { get; } = new() { new DockerfileDiagnosticAnalyzer() };

    /// <summary>Gets or sets a value indicating whether the compilation is Visual Basic.</summary>
    public bool VisualBasic { get; set; }

    /// <summary>The full path of a file of the project folder.</summary>
    public static string PathOf(string relativePath) => relativePath.StartsWith("/", StringComparison.Ordinal) ? relativePath : ProjectFolder + relativePath;

    /// <summary>Adds a Dockerfile as the targets add it (kind and context folder).</summary>
    public AnalyzerHarness Dockerfile(string relativePath, string text, string? contextFolder = null)
    {
        string path = PathOf(relativePath);
        string context = contextFolder is null ? path.Substring(0, path.LastIndexOf('/') + 1) : PathOf(contextFolder);
        return File(path, text, ("build_metadata.AdditionalFiles.DockerfileAnalysisKind", "Dockerfile"), ("build_metadata.AdditionalFiles.DockerfileAnalysisContext", context));
    }

    /// <summary>Adds a build context's file list, as the targets write it to obj/.</summary>
    public AnalyzerHarness ContextList(string contextFolder, params string[] files)
    {
        string path = ProjectFolder + "obj/Debug/dockerfile-analysis/context-" + (++_lists) + ".txt";
        return File(path, string.Join("\n", files) + "\n", ("build_metadata.AdditionalFiles.DockerfileAnalysisKind", "ContextList"), ("build_metadata.AdditionalFiles.DockerfileAnalysisContext", PathOf(contextFolder)));
    }

    /// <summary>Adds a context file whose text rules read (a manifest, an ignore file).</summary>
    public AnalyzerHarness ContextFile(string relativePath, string text) =>
        File(PathOf(relativePath), text, ("build_metadata.AdditionalFiles.DockerfileAnalysisKind", "ContextFile"));

    /// <summary>Adds a configuration file (<c>.editorconfig</c>, <c>.hadolint.yaml</c>).</summary>
    public AnalyzerHarness Configuration(string relativePath, string text) =>
        File(PathOf(relativePath), text, ("build_metadata.AdditionalFiles.DockerfileAnalysisKind", "Configuration"));

    /// <summary>Adds any additional file with its own options.</summary>
    public AnalyzerHarness File(string path, string text, params (string Key, string Value)[] options)
    {
        _files.Add((PathOf(path), text, options.ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase)));
        return this;
    }

    /// <summary>Sets an option of one file, as the compiler derives it from an <c>.editorconfig</c> section that matches the file.</summary>
    public AnalyzerHarness FileOption(string path, string key, string value)
    {
        _files.Single(f => f.Path == PathOf(path)).Options[key] = value;
        return this;
    }

    /// <summary>Runs the analyzer; returns its diagnostics sorted by path, position and id.</summary>
    public ImmutableArray<Diagnostic> Run(CancellationToken cancellationToken = default)
    {
        var texts = _files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var provider = new TestAnalyzerConfigOptionsProvider(GlobalOptions, _files.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)f.Options));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(texts, provider),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var compilation = CreateCompilation();
        var diagnostics = compilation
            .WithAnalyzers(Analyzers.ToImmutableArray(), options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .GetAwaiter()
            .GetResult();
        if (exceptions.Count > 0)
        {
            throw new AggregateException("the analyzer threw", exceptions);
        }

        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>A diagnostic as <c>dotnet build</c> prints its start: <c>path(line,column): severity ID</c>.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}";
    }

    private Compilation CreateCompilation()
    {
        var references = new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
        var specific = CommandLineSeverities.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
        var treeOptions = new TestSyntaxTreeOptionsProvider(GlobalConfigSeverities);
        if (VisualBasic)
        {
            var vbOptions = new VisualBasicCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(specific)
                .WithGeneralDiagnosticOption(GeneralOption)
                .WithSyntaxTreeOptionsProvider(treeOptions);
            return VisualBasicCompilation.Create("Test", new[] { VisualBasicSyntaxTree.ParseText("Public Class C\nEnd Class\n") }, references, vbOptions);
        }

        var csOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(specific)
            .WithGeneralDiagnosticOption(GeneralOption)
            .WithSyntaxTreeOptionsProvider(treeOptions);
        return CSharpCompilation.Create("Test", new[] { CSharpSyntaxTree.ParseText("public class C { }") }, references, csOptions);
    }
}
