using System.Collections.Immutable;
using System.Threading;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Workspaces;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.LanguageServer;

/// <summary>
/// One snapshot of an open document as the handlers see it: the library's <see cref="DockerfileDocument"/> (its
/// tree, configuration, build context, and its model and diagnostics computed once) under the names the handlers use.
/// </summary>
internal sealed class ServerDocument
{
    public ServerDocument(DockerfileDocument document)
    {
        Document = document;
    }

    /// <summary>The library snapshot.</summary>
    public DockerfileDocument Document { get; }

    public string FilePath => Document.FilePath ?? string.Empty;

    public DockerfileSyntaxTree Tree => Document.SyntaxTree;

    public SourceText Text => Document.Text;

    public AnalysisOptions Options => Document.Options;

    public DockerfileSemanticModel Model => Document.GetSemanticModel();

    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken) => Document.GetDiagnostics(cancellationToken);

    /// <summary>
    /// The documentSymbol answer of this snapshot, once made (the position encoding is fixed at initialize): an
    /// editor asks for the outline of one version from several places (outline view, breadcrumbs, sticky scroll).
    /// </summary>
    public Protocol.LspDocumentSymbol[]? Outline { get; set; }
}
