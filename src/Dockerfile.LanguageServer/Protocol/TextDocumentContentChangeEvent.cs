
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One change of <c>textDocument/didChange</c>: a range and its new text, or the whole text when the range is absent.</summary>
public sealed class TextDocumentContentChangeEvent
{
    /// <summary>The range replaced, or null for the whole document.</summary>
    public Range? Range { get; set; }
    /// <summary>The new text.</summary>
    public string Text { get; set; } = "";
}
