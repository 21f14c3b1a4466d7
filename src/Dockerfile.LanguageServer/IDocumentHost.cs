using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.LanguageServer;

/// <summary>
/// Where the server gets its document snapshots (loading, configuration, build context, caching). The one place that
/// knows how: the handlers see only <see cref="ServerDocument"/>.
/// </summary>
internal interface IDocumentHost
{
    /// <summary>Opens an editor buffer at a path (configuration and context resolved for the path).</summary>
    ServerDocument Open(string filePath, SourceText text);

    /// <summary>The next snapshot of an open document (incremental reparse).</summary>
    ServerDocument Update(ServerDocument document, SourceText newText);

    /// <summary>Forgets an open document.</summary>
    void Close(string filePath);

    /// <summary>Sets the client settings that replace discovery (<c>dfa.configFile</c>, <c>dfa.buildContext</c>).</summary>
    void Configure(string? configurationFile, string? buildContext);

    /// <summary>A configuration, ignore or context file changed: the new snapshots of the open documents it affects.</summary>
    IReadOnlyList<ServerDocument> OnFileChanged(string path);
}
