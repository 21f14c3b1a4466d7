using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis;

/// <summary>
/// The diagnostics the analyzers of one run report through their node, stage and file actions, kept per
/// analyzer (a list is made on an analyzer's first report). Analyzers running on different threads write
/// different slots.
/// </summary>
internal sealed class AnalyzerDiagnostics
{
    private readonly List<Diagnostic>?[] _byAnalyzer;

    public AnalyzerDiagnostics(int analyzerCount) => _byAnalyzer = new List<Diagnostic>?[analyzerCount];

    /// <summary>Gets what the analyzer at an index reported, in order; <see langword="null"/> when nothing.</summary>
    public List<Diagnostic>? this[int analyzer] => _byAnalyzer[analyzer];

    /// <summary>Adds a diagnostic reported by the analyzer at an index.</summary>
    public void Add(int analyzer, Diagnostic diagnostic) => (_byAnalyzer[analyzer] ??= new List<Diagnostic>()).Add(diagnostic);
}
