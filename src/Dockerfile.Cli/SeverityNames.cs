using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>The words the command line uses for severities.</summary>
internal static class SeverityNames
{
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>Reads <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static DiagnosticSeverity Parse(string name) => name switch
    {
        "error" => DiagnosticSeverity.Error,
        "info" => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Warning,
    };
}
