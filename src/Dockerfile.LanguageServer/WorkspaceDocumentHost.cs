using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.LanguageServer;

/// <summary>
/// The document host over the library's <see cref="DockerfileWorkspace"/>: loading, configuration discovery, build
/// contexts and the analyzer cache are the workspace's; this class only keeps the client's two settings.
/// </summary>
internal sealed class WorkspaceDocumentHost : IDocumentHost
{
    private readonly object _gate = new();
    private readonly ImmutableArray<DockerfileAnalyzer> _analyzers;
    private DockerfileWorkspace _workspace;
    private string? _configurationFile;
    private string? _buildContext;

    /// <summary>A host whose documents run <paramref name="analyzers"/> (empty: the built-in ones).</summary>
    public WorkspaceDocumentHost(ImmutableArray<DockerfileAnalyzer> analyzers)
    {
        _analyzers = analyzers;
        _workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { Analyzers = analyzers });
    }

    public ServerDocument Open(string filePath, SourceText text) => new(Workspace.OpenDocument(filePath, text));

    public ServerDocument Update(ServerDocument document, SourceText newText) => new(Workspace.UpdateDocument(document.FilePath, newText));

    public void Close(string filePath) => Workspace.CloseDocument(filePath);

    public void Configure(string? configurationFile, string? buildContext)
    {
        configurationFile = string.IsNullOrEmpty(configurationFile) ? null : configurationFile;
        buildContext = string.IsNullOrEmpty(buildContext) ? null : buildContext;
        lock (_gate)
        {
            if (configurationFile == _configurationFile && buildContext == _buildContext)
            {
                return;
            }

            // New settings, new workspace (it keeps no state a client setting does not decide); the open documents
            // are opened in it again by the server.
            _configurationFile = configurationFile;
            _buildContext = buildContext;
            _workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = configurationFile, ContextDirectory = buildContext, Analyzers = _analyzers });
        }
    }

    public IReadOnlyList<ServerDocument> OnFileChanged(string path) =>
        Workspace.OnFileChanged(path).Select(d => new ServerDocument(d)).ToList();

    private DockerfileWorkspace Workspace
    {
        get
        {
            lock (_gate)
            {
                return _workspace;
            }
        }
    }
}
