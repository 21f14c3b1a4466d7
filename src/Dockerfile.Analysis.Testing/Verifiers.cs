using Dockerfile.Analysis.CodeFixes;

namespace Dockerfile.Analysis.Testing;

/// <summary>Short forms for one analyzer, as Microsoft.CodeAnalysis.Testing's <c>AnalyzerVerifier</c>.</summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
public static class DockerfileAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DockerfileAnalyzer, new()
{
    /// <summary>Expects a diagnostic of the analyzer's only rule.</summary>
    /// <returns>The expectation.</returns>
    public static DiagnosticResult Diagnostic() => DiagnosticResult.Create(System.Linq.Enumerable.Single(new TAnalyzer().SupportedDiagnostics));

    /// <summary>Expects a diagnostic with an id.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The expectation.</returns>
    public static DiagnosticResult Diagnostic(string id) => DiagnosticResult.Create(id);

    /// <summary>Checks the analyzer's diagnostics on a Dockerfile with markup.</summary>
    /// <param name="source">The Dockerfile with <c>[|...|]</c> / <c>{|ID:...|}</c> markup.</param>
    /// <param name="expected">Further expected diagnostics.</param>
    /// <exception cref="VerificationException">They differ.</exception>
    public static void VerifyAnalyzer(string source, params DiagnosticResult[] expected)
    {
        var test = new DockerfileAnalyzerTest { TestCode = source };
        test.Analyzers.Add(new TAnalyzer());
        test.ExpectedDiagnostics.AddRange(expected);
        test.Run();
    }
}

/// <summary>Short forms for one analyzer and its code fix, as Microsoft.CodeAnalysis.Testing's <c>CodeFixVerifier</c>.</summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
public static class DockerfileCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DockerfileAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Checks the diagnostics of a Dockerfile with markup and the text after fixing them one at a time (and after fix-all).</summary>
    /// <param name="source">The Dockerfile with markup.</param>
    /// <param name="fixedSource">The expected text after the fixes; the source itself when no fix may be offered.</param>
    /// <param name="expected">Further expected diagnostics.</param>
    /// <exception cref="VerificationException">They differ.</exception>
    public static void VerifyCodeFix(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new DockerfileCodeFixTest { TestCode = source, FixedCode = fixedSource, FixAllFixedCode = fixedSource };
        test.Analyzers.Add(new TAnalyzer());
        test.CodeFixProviders.Add(new TCodeFix());
        test.ExpectedDiagnostics.AddRange(expected);
        test.Run();
    }
}
