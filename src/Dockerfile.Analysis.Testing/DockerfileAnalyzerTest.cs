using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Testing;

/// <summary>
/// A test of one or more analyzers on one Dockerfile, in the shape of Microsoft.CodeAnalysis.Testing's
/// <c>AnalyzerTest</c>: set <see cref="TestCode"/> (with <c>[|...|]</c> / <c>{|ID:...|}</c> markup), the analyzers,
/// anything else the analysis needs, then call <see cref="Run"/>. Framework-neutral: a failure throws a
/// <see cref="VerificationException"/> listing what differs, with the diagnostics found written as code to paste.
/// </summary>
public class DockerfileAnalyzerTest
{
    /// <summary>Gets or sets the Dockerfile text with markup.</summary>
    public string TestCode { get; set; } = string.Empty;

    /// <summary>Gets the analyzers under test.</summary>
    public List<DockerfileAnalyzer> Analyzers { get; } = new();

    /// <summary>Gets the expected diagnostics besides those the markup gives.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    /// <summary>Gets or sets the Dockerfile's path (its folder is where <see cref="EditorConfig"/> and <see cref="HadolintConfig"/> sit).</summary>
    public string FilePath { get; set; } = "/src/Dockerfile";

    /// <summary>Gets the build context's files (path relative to the context, then contents); with none and no <see cref="DockerIgnore"/>, there is no build context unless <see cref="UseBuildContext"/> is set.</summary>
    public Dictionary<string, string> ContextFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the build context's <c>.dockerignore</c> text.</summary>
    public string? DockerIgnore { get; set; }

    /// <summary>Gets or sets a value indicating whether the analysis has a build context even without files (an empty folder).</summary>
    public bool UseBuildContext { get; set; }

    /// <summary>Gets or sets the text of an <c>.editorconfig</c> beside the Dockerfile.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>Gets or sets the text of a <c>.hadolint.yaml</c> beside the Dockerfile.</summary>
    public string? HadolintConfig { get; set; }

    /// <summary>Gets or sets the target stage (<c>--target</c>).</summary>
    public string? Target { get; set; }

    /// <summary>Gets the build arguments (<c>--build-arg</c>).</summary>
    public Dictionary<string, string> BuildArguments { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets a value indicating whether the parser's own diagnostics (<c>DFS</c> ids) are compared too.</summary>
    public bool IncludeParseDiagnostics { get; set; }

    /// <summary>Runs the analyzers on <see cref="TestCode"/> and compares their diagnostics with the expected ones.</summary>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="VerificationException">The diagnostics differ.</exception>
    public void Run(CancellationToken cancellationToken = default)
    {
        var (tree, expected) = Prepare(TestCode);
        var actual = Analyze(tree, cancellationToken);
        Compare(tree, expected, actual, "diagnostics of TestCode");
        RunMore(tree, actual, cancellationToken);
    }

    /// <summary>What a derived test checks after the diagnostics (the code fix test applies fixes).</summary>
    /// <param name="tree">The tree of <see cref="TestCode"/> without markup.</param>
    /// <param name="diagnostics">The diagnostics found.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    protected virtual void RunMore(DockerfileSyntaxTree tree, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
    }

    /// <summary>Removes the markup and parses the text; returns the expected diagnostics (markup and <see cref="ExpectedDiagnostics"/>).</summary>
    /// <param name="markup">The text with markup.</param>
    /// <returns>The tree and what is expected.</returns>
    protected (DockerfileSyntaxTree Tree, List<DiagnosticResult> Expected) Prepare(string markup)
    {
        if (Analyzers.Count == 0)
        {
            throw new InvalidOperationException("Add at least one analyzer to Analyzers.");
        }

        var spans = TestMarkup.Parse(markup, out string text);
        var tree = DockerfileSyntaxTree.ParseText(text, FilePath);
        var expected = new List<DiagnosticResult>();
        var lines = tree.GetText().Lines;
        foreach (var (id, span) in spans)
        {
            var result = id is null ? DiagnosticResult.Create(SingleDescriptor()) : DiagnosticResult.Create(id);
            expected.Add(result.WithSpan(new FileLinePositionSpan(string.Empty, lines.GetLinePositionSpan(span))));
        }

        expected.AddRange(ExpectedDiagnostics);
        return (tree, expected);
    }

    private DiagnosticDescriptor SingleDescriptor()
    {
        var descriptors = Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (descriptors.Count != 1)
        {
            throw new InvalidOperationException($"`[|...|]` needs analyzers with exactly one rule; these have {descriptors.Count}: write `{{|ID:...|}}` instead.");
        }

        return descriptors[0];
    }

    /// <summary>Gets the build-context files that the fixes applied so far wrote (by path), which the next analysis sees.</summary>
    private protected Dictionary<string, string> WrittenContextFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the options the analysis runs with: the analyzers, the build context, the configuration, the target and build arguments; no cache.</summary>
    /// <returns>The options.</returns>
    protected AnalysisOptions CreateOptions()
    {
        BuildContext? context = null;
        if (ContextFiles.Count > 0 || DockerIgnore != null || UseBuildContext)
        {
            var ignore = DockerIgnore is null ? null : DockerIgnoreFile.Parse(DockerIgnore, ".dockerignore");
            context = BuildContext.FromFiles(ContextFiles, ignore);
            foreach (var written in WrittenContextFiles)
            {
                context = context.WithFileText(written.Key, written.Value);
            }
        }

        var options = new AnalysisOptions
        {
            Analyzers = Analyzers.ToImmutableArray(),
            BuildContext = context,
            Target = Target,
            BuildArguments = BuildArguments.ToImmutableDictionary(StringComparer.Ordinal),
            Cache = null,
            AllowParallel = false,
        };

        if (EditorConfig != null || HadolintConfig != null)
        {
            string folder = FilePath.Substring(0, Math.Max(0, FilePath.LastIndexOf('/')));
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            if (EditorConfig != null)
            {
                files[folder + "/.editorconfig"] = EditorConfig;
            }

            if (HadolintConfig != null)
            {
                files[folder + "/.hadolint.yaml"] = HadolintConfig;
            }

            options = options.WithConfiguration(AnalysisConfiguration.FromFiles(FilePath, files));
        }

        return options;
    }

    /// <summary>Analyzes a tree with <see cref="CreateOptions"/> and keeps the diagnostics the test compares.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The diagnostics of the analyzers' rules, <c>DF0001</c> (an analyzer threw), <c>DF0002</c> (the configuration is wrong) and, when asked, the parser's.</returns>
    protected ImmutableArray<Diagnostic> Analyze(DockerfileSyntaxTree tree, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id), StringComparer.Ordinal) { "DF0001", "DF0002" };
        return DockerfileAnalysis.Analyze(tree, CreateOptions(), cancellationToken)
            .Where(d => ids.Contains(d.Id) || (IncludeParseDiagnostics && d.Id.StartsWith("DFS", StringComparison.Ordinal)))
            .ToImmutableArray();
    }

    /// <summary>Compares diagnostics with expectations (in any order) and throws with the differences.</summary>
    /// <param name="tree">The tree the diagnostics belong to.</param>
    /// <param name="expected">The expectations.</param>
    /// <param name="actual">The diagnostics.</param>
    /// <param name="what">What is compared, for the message.</param>
    protected static void Compare(DockerfileSyntaxTree tree, IReadOnlyList<DiagnosticResult> expected, IReadOnlyList<Diagnostic> actual, string what)
    {
        var unmatched = actual.ToList();
        var missing = new List<DiagnosticResult>();
        foreach (var result in expected)
        {
            int found = unmatched.FindIndex(d => Matches(result, d));
            if (found < 0)
            {
                missing.Add(result);
            }
            else
            {
                unmatched.RemoveAt(found);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append("The ").Append(what).Append(" differ from what was expected.\n");
        foreach (var result in missing)
        {
            message.Append("  expected, not found: ").Append(result).Append('\n');
        }

        foreach (var diagnostic in unmatched)
        {
            message.Append("  found, not expected: ").Append(Describe(diagnostic)).Append('\n');
        }

        message.Append("Every diagnostic found, as code:\n");
        foreach (var diagnostic in actual)
        {
            message.Append("  ").Append(AsCode(diagnostic)).Append(",\n");
        }

        throw new VerificationException(message.ToString());
    }

    private static bool Matches(DiagnosticResult expected, Diagnostic actual)
    {
        if (!string.Equals(expected.Id, actual.Id, StringComparison.Ordinal))
        {
            return false;
        }

        if (expected.Span is { } span && actual.Location.GetLineSpan().Span != span.Span)
        {
            return false;
        }

        if (expected.Severity is { } severity && actual.Severity != severity)
        {
            return false;
        }

        string message = actual.GetMessage(CultureInfo.InvariantCulture);
        if (expected.ExpectedMessage() is { } text)
        {
            return string.Equals(text, message, StringComparison.Ordinal);
        }

        // Arguments without a descriptor: each must appear in the message.
        return expected.Arguments is null || expected.Arguments.All(a => message.IndexOf(Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal) >= 0);
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan().Span;
        return $"{diagnostic.Id} at {span.Start.Line + 1}:{span.Start.Character + 1}-{span.End.Line + 1}:{span.End.Character + 1} {diagnostic.Severity}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string AsCode(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan().Span;
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture).Replace("\\", "\\\\").Replace("\"", "\\\"");
        return $"DiagnosticResult.Create(\"{diagnostic.Id}\").WithSpan({span.Start.Line + 1}, {span.Start.Character + 1}, {span.End.Line + 1}, {span.End.Character + 1}).WithMessage(\"{message}\")";
    }
}
