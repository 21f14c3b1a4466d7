using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analyzers.Tests;

/// <summary>The severities of a <c>.globalconfig</c>, as the compiler hands them to a compilation.</summary>
internal sealed class TestSyntaxTreeOptionsProvider : SyntaxTreeOptionsProvider
{
    private readonly Dictionary<string, ReportDiagnostic> _global;

    public TestSyntaxTreeOptionsProvider(IDictionary<string, ReportDiagnostic> global) =>
        _global = new Dictionary<string, ReportDiagnostic>(global, StringComparer.OrdinalIgnoreCase);

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _global.TryGetValue(diagnosticId, out severity);
}
