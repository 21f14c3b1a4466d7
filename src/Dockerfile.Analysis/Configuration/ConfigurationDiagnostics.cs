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

    private const string UnusableFileProperty = "UnusableFile";

    private static readonly System.Collections.Immutable.ImmutableDictionary<string, string?> UnusableFileProperties =
        System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add(UnusableFileProperty, "true");

    /// <summary>Creates a <c>DF0002</c> diagnostic located in a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="line">The one-based line.</param>
    /// <param name="column">The one-based column.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(string path, int line, int column, string message) => Create(path, line, column, message, unusableFile: false);

    /// <summary>
    /// Creates a <c>DF0002</c> diagnostic located in a configuration file, marking whether the whole file could not be
    /// used (it cannot be read, or is not YAML / not a mapping) rather than one value in it.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="line">The one-based line.</param>
    /// <param name="column">The one-based column.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="unusableFile">Whether nothing in the file could be used.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(string path, int line, int column, string message, bool unusableFile)
    {
        int l = line < 1 ? 0 : line - 1;
        int c = column < 1 ? 0 : column - 1;
        var location = Location.Create(path ?? string.Empty, default, new LinePositionSpan(new LinePosition(l, c), new LinePosition(l, c)));
        return Diagnostic.Create(InvalidConfiguration, location, unusableFile ? UnusableFileProperties : null, path, line, column, message);
    }

    /// <summary>
    /// Gets a value indicating whether a <c>DF0002</c> diagnostic says the whole configuration file could not be used
    /// (unreadable, malformed YAML, not a mapping); tools given the file explicitly (<c>dfa lint --config</c>) stop on it.
    /// </summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns><see langword="true"/> for a file that could not be used.</returns>
    public static bool IsUnusableFile(Diagnostic diagnostic) =>
        diagnostic != null && diagnostic.Id == InvalidConfiguration.Id && diagnostic.Properties.ContainsKey(UnusableFileProperty);

    /// <summary>
    /// Gets a diagnostic's message without the <c>path(line,col): </c> prefix that <c>DF0002</c> messages carry, for
    /// front ends that show the location beside the message. Other diagnostics' messages are returned as they are.
    /// </summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The message (invariant culture).</returns>
    public static string GetMessageText(Diagnostic diagnostic)
    {
        if (diagnostic is null)
        {
            throw new System.ArgumentNullException(nameof(diagnostic));
        }

        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (diagnostic.Id != InvalidConfiguration.Id)
        {
            return message;
        }

        var span = diagnostic.Location.GetLineSpan();
        string prefix = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
        return message.StartsWith(prefix, System.StringComparison.Ordinal) ? message.Substring(prefix.Length) : message;
    }
}
