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
}
