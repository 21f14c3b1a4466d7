using System;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>ANSI colours for severities and rule ids, used only when writing to a terminal.</summary>
internal sealed class ConsoleStyle
{
    private const string Reset = "\u001b[0m";

    private ConsoleStyle(bool enabled) => Enabled = enabled;

    public static ConsoleStyle Plain { get; } = new(false);

    public bool Enabled { get; }

    /// <summary>Colour when standard output is a terminal, <c>--no-color</c> is absent and <c>NO_COLOR</c> is unset or empty.</summary>
    public static ConsoleStyle ForStandardOutput(bool noColor) =>
        new(!noColor && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    public string Severity(DiagnosticSeverity severity) => Paint(SeverityNames.Of(severity), severity switch
    {
        DiagnosticSeverity.Error => "\u001b[1;31m",
        DiagnosticSeverity.Warning => "\u001b[1;33m",
        _ => "\u001b[1;36m",
    });

    public string RuleId(string id) => Paint(id, "\u001b[2m");

    public string Path(string path) => Paint(path, "\u001b[1m");

    private string Paint(string text, string code) => Enabled ? code + text + Reset : text;
}
