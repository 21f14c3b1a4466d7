using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Configuration;

/// <summary>The diagnostics of configuration files.</summary>
public static class ConfigurationDiagnostics
{
    /// <summary>Gets the descriptor of <c>DF0002</c>: a configuration value that cannot be used.</summary>
    public static DiagnosticDescriptor InvalidConfiguration { get; } = RuleInfo.CreateDescriptor(
        "DF0002",
        "Invalid configuration value",
        "{0}({1},{2}): {3}",
        "Configuration",
        DiagnosticSeverity.Warning,
        "A configuration file (.editorconfig, .hadolint.yaml) holds a value that cannot be used; the value is ignored.");

    /// <summary>Creates a <c>DF0002</c> diagnostic located in a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="line">The one-based line.</param>
    /// <param name="column">The one-based column.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(string path, int line, int column, string message)
    {
        int l = line < 1 ? 0 : line - 1;
        int c = column < 1 ? 0 : column - 1;
        var location = Location.Create(path ?? string.Empty, default, new LinePositionSpan(new LinePosition(l, c), new LinePosition(l, c)));
        return Diagnostic.Create(InvalidConfiguration, location, path, line, column, message);
    }
}
