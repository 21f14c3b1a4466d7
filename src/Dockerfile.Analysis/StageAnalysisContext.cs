using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using System.Threading;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis;

/// <summary>What a stage action sees: the stage, the tree, the semantic model and a way to report.</summary>
public readonly struct StageAnalysisContext
{
    private readonly AnalyzerDiagnostics _diagnostics;
    private readonly int _analyzer;

    internal StageAnalysisContext(DockerfileStage stage, DockerfileSemanticModel semanticModel, AnalysisOptions options, AnalyzerDiagnostics diagnostics, int analyzer, CancellationToken cancellationToken)
    {
        Stage = stage;
        SemanticModel = semanticModel;
        Options = options;
        _diagnostics = diagnostics;
        _analyzer = analyzer;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the stage being analyzed.</summary>
    public DockerfileStage Stage { get; }

    /// <summary>Gets the tree that holds the stage.</summary>
    public DockerfileSyntaxTree Tree => SemanticModel.Tree;

    /// <summary>Gets the semantic model of the tree.</summary>
    public DockerfileSemanticModel SemanticModel { get; }

    /// <summary>Gets the options of the analysis run.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Gets the token that cancels the analysis.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _diagnostics.Add(_analyzer, diagnostic);

    /// <summary>Reports a diagnostic of a rule at a location, made from the rule's descriptor and message arguments.</summary>
    /// <remarks>
    /// Prefer this overload (and the others taking a descriptor) to <see cref="ReportDiagnostic(Diagnostic)"/>: the driver
    /// keeps the arguments, so an analyzer that declares <see cref="IncrementalAnalysisScope.Stage"/> has the
    /// diagnostics of unchanged stages reused (moved to the stage's new place) instead of computed again.
    /// </remarks>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="location">Where the diagnostic is (usually <c>Tree.GetLocation(span)</c>).</param>
    /// <param name="messageArgs">The arguments of the descriptor's message format.</param>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, Location location, params object?[]? messageArgs) =>
        _diagnostics.Add(_analyzer, Diagnostic.Create(descriptor, location, messageArgs), messageArgs);

    /// <summary>Reports a diagnostic of a rule at a location with properties, made from the rule's descriptor and message arguments.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="location">Where the diagnostic is.</param>
    /// <param name="properties">The diagnostic's properties (read by code fixes).</param>
    /// <param name="messageArgs">The arguments of the descriptor's message format.</param>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object?[]? messageArgs) =>
        _diagnostics.Add(_analyzer, Diagnostic.Create(descriptor, location, properties, messageArgs), messageArgs);

    /// <summary>Reports a diagnostic of a rule at a location with related locations and properties, made from the rule's descriptor and message arguments.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="location">Where the diagnostic is.</param>
    /// <param name="additionalLocations">Related places (shown as related information).</param>
    /// <param name="properties">The diagnostic's properties (read by code fixes).</param>
    /// <param name="messageArgs">The arguments of the descriptor's message format.</param>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, Location location, IEnumerable<Location>? additionalLocations, ImmutableDictionary<string, string?>? properties, params object?[]? messageArgs) =>
        _diagnostics.Add(_analyzer, Diagnostic.Create(descriptor, location, additionalLocations, properties, messageArgs), messageArgs);
}
