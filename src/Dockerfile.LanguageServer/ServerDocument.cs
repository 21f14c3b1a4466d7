using System;
using System.Collections.Immutable;
using System.Threading;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.LanguageServer;

/// <summary>An immutable snapshot of one open document as the handlers see it: its tree, options, and lazily its model and diagnostics.</summary>
internal sealed class ServerDocument
{
    private readonly Lazy<DockerfileSemanticModel> _model;
    private ImmutableArray<Diagnostic> _diagnostics;

    public ServerDocument(string filePath, DockerfileSyntaxTree tree, AnalysisOptions options)
    {
        FilePath = filePath;
        Tree = tree;
        Options = options;
        _model = new Lazy<DockerfileSemanticModel>(() => new DockerfileSemanticModel(tree), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    public DockerfileSyntaxTree Tree { get; }

    public SourceText Text => Tree.GetText();

    public AnalysisOptions Options { get; }

    public DockerfileSemanticModel Model => _model.Value;

    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken)
    {
        var known = _diagnostics;
        if (!known.IsDefault)
        {
            return known;
        }

        var computed = DockerfileAnalysis.Analyze(Tree, Options, cancellationToken);
        ImmutableInterlocked.InterlockedInitialize(ref _diagnostics, computed);
        return _diagnostics;
    }
}
