
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters that name only a document (didClose, didSave, documentSymbol, folding, links, semantic tokens full).</summary>
public sealed class TextDocumentParams
{
    /// <summary>The document.</summary>
    public TextDocumentIdentifier TextDocument { get; set; } = new();
    /// <summary>The previous result id (semantic tokens delta, pull diagnostics).</summary>
    public string? PreviousResultId { get; set; }
    /// <summary>A range (semantic tokens range, inlay hints, code actions).</summary>
    public Range? Range { get; set; }
    /// <summary>Code-action context.</summary>
    public CodeActionContext? Context { get; set; }
}
