
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/formatting</c>, <c>rangeFormatting</c> and <c>onTypeFormatting</c>.</summary>
public sealed class DocumentFormattingParams
{
    /// <summary>The document.</summary>
    public TextDocumentIdentifier TextDocument { get; set; } = new();
    /// <summary>The range to format (range formatting).</summary>
    public Range? Range { get; set; }
    /// <summary>Where the character was typed (on-type formatting).</summary>
    public Position? Position { get; set; }
    /// <summary>The character typed (on-type formatting).</summary>
    public string? Ch { get; set; }
    /// <summary>The client's options.</summary>
    public FormattingOptions Options { get; set; } = new();
}
