using System;
using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.ShellCheck;

/// <summary>
/// The descriptors of ShellCheck's findings (ids <c>SC####</c>, made on first use and kept) and of <c>DF0003</c>,
/// reported when shellcheck ran but its findings could not be read.
/// </summary>
/// <remarks>
/// ShellCheck's levels map to severities as hadolint maps them to its own: <c>error</c> is
/// <see cref="DiagnosticSeverity.Error"/>, <c>warning</c> is <see cref="DiagnosticSeverity.Warning"/>, and <c>info</c>
/// and <c>style</c> are <see cref="DiagnosticSeverity.Info"/> (as <c>.hadolint.yaml</c>'s <c>info</c> and <c>style</c>
/// overrides are).
/// </remarks>
public static class ShellCheckDiagnostics
{
    /// <summary>The category of ShellCheck's findings.</summary>
    public const string Category = "ShellCheck";

    private static readonly ConcurrentDictionary<(int Code, DiagnosticSeverity Severity), DiagnosticDescriptor> s_descriptors = new();

    /// <summary>Gets the descriptor of <c>DF0003</c>: shellcheck failed (crashed, timed out, printed something that is not its json1 output).</summary>
    public static DiagnosticDescriptor Failed { get; } = RuleInfo.CreateDescriptor(
        "DF0003",
        "ShellCheck failed",
        "ShellCheck's findings are missing: {0}",
        "Internal",
        DiagnosticSeverity.Warning,
        "shellcheck was found and started for this Dockerfile, but it did not give its findings: it could not start, exited with an error, ran past its timeout or printed something that is not json1. The other rules still ran.");

    /// <summary>Gets the web page of a ShellCheck code, such as <c>https://www.shellcheck.net/wiki/SC2086</c>.</summary>
    /// <param name="code">The code's number, such as 2086.</param>
    /// <returns>The address.</returns>
    public static string GetHelpLink(int code) => "https://www.shellcheck.net/wiki/SC" + code.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Whether an id is a ShellCheck code as we report it: <c>SC</c> and four digits (any case).</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsShellCheckId(string? id) =>
        id is { Length: 6 } && (id[0] == 'S' || id[0] == 's') && (id[1] == 'C' || id[1] == 'c')
        && char.IsDigit(id[2]) && char.IsDigit(id[3]) && char.IsDigit(id[4]) && char.IsDigit(id[5]);

    /// <summary>Maps a ShellCheck level (<c>error</c>, <c>warning</c>, <c>info</c>, <c>style</c>) to a severity; an unknown level is a warning.</summary>
    /// <param name="level">The level as json1 gives it.</param>
    /// <returns>The severity.</returns>
    public static DiagnosticSeverity MapLevel(string? level) => level switch
    {
        "error" => DiagnosticSeverity.Error,
        "info" or "style" => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Warning,
    };

    /// <summary>
    /// Gets the descriptor of a ShellCheck code at a severity (ShellCheck gives each code one level), made on first
    /// use and kept: id <c>SC####</c>, the ShellCheck wiki page as its help link, its message the finding's text.
    /// </summary>
    /// <param name="code">The code's number, such as 2086.</param>
    /// <param name="severity">The severity its level maps to.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor GetDescriptor(int code, DiagnosticSeverity severity) =>
        s_descriptors.GetOrAdd((code, severity), static key =>
        {
            string id = "SC" + key.Code.ToString("D4", CultureInfo.InvariantCulture);
            return new DiagnosticDescriptor(
                id,
                "ShellCheck " + id,
                "{0}",
                Category,
                key.Severity,
                isEnabledByDefault: true,
                description: "Reported by ShellCheck on the script of a RUN instruction; see its wiki page.",
                helpLinkUri: GetHelpLink(key.Code));
        });
}
