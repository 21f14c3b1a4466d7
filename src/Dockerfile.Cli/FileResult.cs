using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>
/// What linting one file gave: its findings, or the error that stopped it from being read, and the lowest severity
/// that fails the run for this file (null: none fails, as with hadolint's <c>failure-threshold: none</c>), and how many
/// fixes <c>dfa fix</c> would apply to it.
/// </summary>
internal sealed record FileResult(string Path, InputDocument? Document, IReadOnlyList<Finding> Findings, InputError? Error, DiagnosticSeverity? Threshold = DiagnosticSeverity.Warning, int FixCount = 0);
