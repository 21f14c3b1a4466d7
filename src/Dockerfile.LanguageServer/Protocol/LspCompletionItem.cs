
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A completion item.</summary>
public sealed class LspCompletionItem
{
    /// <summary>The label.</summary>
    public string Label { get; set; } = "";
    /// <summary>The LSP kind.</summary>
    public int Kind { get; set; }
    /// <summary>The detail.</summary>
    public string? Detail { get; set; }
    /// <summary>The documentation.</summary>
    public MarkupContent? Documentation { get; set; }
    /// <summary>The sort key.</summary>
    public string? SortText { get; set; }
    /// <summary>1 plain text, 2 snippet.</summary>
    public int InsertTextFormat { get; set; } = 1;
    /// <summary>The edit.</summary>
    public TextEdit? TextEdit { get; set; }
}
