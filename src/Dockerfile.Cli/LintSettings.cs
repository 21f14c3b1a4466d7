using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>What <c>dfa lint</c> was asked to do (<c>--build-arg</c>, <c>--check</c> and <c>--no-shellcheck</c> in the init properties); <see cref="Threshold"/> is null when <c>--severity</c> was not given (the configuration's <c>failure-threshold</c>, else warning).</summary>
internal sealed record LintSettings(
    IReadOnlyList<string> Paths,
    string Format,
    string? ContextDirectory,
    string? ConfigurationPath,
    DiagnosticSeverity? Threshold,
    bool NoColor)
{
    /// <summary>Gets the <c>--build-arg</c> values.</summary>
    public IReadOnlyDictionary<string, string> BuildArguments { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the <c>--check</c> settings (BuildKit's <c># check=</c> syntax), or null.</summary>
    public string? CheckSettings { get; init; }

    /// <summary>Gets a value indicating whether ShellCheck runs on RUN scripts (not <c>--no-shellcheck</c>).</summary>
    public bool ShellCheck { get; init; } = true;
}
