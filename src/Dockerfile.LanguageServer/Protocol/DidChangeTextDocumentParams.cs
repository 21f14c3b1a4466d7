
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/didChange</c>.</summary>
public sealed class DidChangeTextDocumentParams
{
    /// <summary>The document and its new version.</summary>
    public TextDocumentIdentifier TextDocument { get; set; } = new();
    /// <summary>The changes, applied in order.</summary>
    public TextDocumentContentChangeEvent[] ContentChanges { get; set; } = [];
}
