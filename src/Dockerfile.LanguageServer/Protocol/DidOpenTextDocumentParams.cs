
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/didOpen</c>.</summary>
public sealed class DidOpenTextDocumentParams
{
    /// <summary>The document.</summary>
    public TextDocumentItem TextDocument { get; set; } = new();
}
