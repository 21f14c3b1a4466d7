
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/publishDiagnostics</c>.</summary>
public sealed class PublishDiagnosticsParams
{
    /// <summary>The document.</summary>
    public string Uri { get; set; } = "";
    /// <summary>The version analysed.</summary>
    public int? Version { get; set; }
    /// <summary>The diagnostics.</summary>
    public LspDiagnostic[] Diagnostics { get; set; } = [];
}
