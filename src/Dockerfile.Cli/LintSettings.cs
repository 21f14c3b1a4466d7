using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>What <c>dfa lint</c> was asked to do; <see cref="Threshold"/> is null when <c>--severity</c> was not given (the configuration's <c>failure-threshold</c>, else warning).</summary>
internal sealed record LintSettings(
    IReadOnlyList<string> Paths,
    string Format,
    string? ContextDirectory,
    string? ConfigurationPath,
    DiagnosticSeverity? Threshold,
    bool NoColor);
