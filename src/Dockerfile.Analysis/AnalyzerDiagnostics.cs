using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis;

/// <summary>
/// The diagnostics the analyzers of one run report through their node, stage and file actions, kept per
/// analyzer (a list is made on an analyzer's first report). Analyzers running on different threads write
/// different slots.
/// </summary>
/// <remarks>
/// Next to each diagnostic the message arguments it was made with are kept when the analyzer reported it through
/// a descriptor overload (<see cref="SyntaxNodeAnalysisContext.ReportDiagnostic(DiagnosticDescriptor, Location, object[])"/>
/// and the like): with them the driver can move a diagnostic of an unchanged stage to the stage's new place
/// (Roslyn has no public way to give a <see cref="Diagnostic"/> another location, and its message arguments are not
/// public). A diagnostic reported as a ready-made <see cref="Diagnostic"/> gets <see cref="NoArguments"/>.
/// </remarks>
internal sealed class AnalyzerDiagnostics
{
    /// <summary>Stands for "the message arguments are not known" (the analyzer reported a ready-made diagnostic).</summary>
    public static readonly object?[] NoArguments = new object?[1];

    private readonly List<Diagnostic>?[] _byAnalyzer;
    private readonly List<object?[]?>?[] _arguments;
    private readonly bool[]? _keepArguments;

    /// <summary>Creates the lists of a run.</summary>
    /// <param name="analyzerCount">How many analyzers run.</param>
    /// <param name="keepArguments">By analyzer, whether message arguments are kept; <see langword="null"/>: for none.</param>
    public AnalyzerDiagnostics(int analyzerCount, bool[]? keepArguments = null)
    {
        _byAnalyzer = new List<Diagnostic>?[analyzerCount];
        _arguments = new List<object?[]?>?[analyzerCount];
        _keepArguments = keepArguments;
    }

    /// <summary>Gets what the analyzer at an index reported, in order; <see langword="null"/> when nothing.</summary>
    public List<Diagnostic>? this[int analyzer] => _byAnalyzer[analyzer];

    /// <summary>Gets the message arguments of what the analyzer at an index reported, aligned with <see cref="this[int]"/>; <see langword="null"/> when they are not kept.</summary>
    public List<object?[]?>? ArgumentsOf(int analyzer) => _arguments[analyzer];

    /// <summary>Gets how many diagnostics the analyzer at an index has reported so far.</summary>
    public int CountOf(int analyzer) => _byAnalyzer[analyzer]?.Count ?? 0;

    /// <summary>Adds a ready-made diagnostic reported by the analyzer at an index (its message arguments are not known).</summary>
    public void Add(int analyzer, Diagnostic diagnostic) => Add(analyzer, diagnostic, NoArguments);

    /// <summary>Adds a diagnostic reported by the analyzer at an index, made with the given message arguments.</summary>
    public void Add(int analyzer, Diagnostic diagnostic, object?[]? messageArguments)
    {
        (_byAnalyzer[analyzer] ??= new List<Diagnostic>()).Add(diagnostic);
        if (_keepArguments != null && _keepArguments[analyzer])
        {
            (_arguments[analyzer] ??= new List<object?[]?>()).Add(messageArguments);
        }
    }

    /// <summary>Replaces what the analyzer at an index reported (the driver's merge of reused and new results).</summary>
    public void Replace(int analyzer, List<Diagnostic> diagnostics)
    {
        _byAnalyzer[analyzer] = diagnostics;
        _arguments[analyzer] = null;
    }
}
