
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A hierarchical document symbol.</summary>
public sealed class LspDocumentSymbol
{
    /// <summary>The name.</summary>
    public string Name { get; set; } = "";
    /// <summary>The detail.</summary>
    public string? Detail { get; set; }
    /// <summary>The LSP symbol kind.</summary>
    public int Kind { get; set; }
    /// <summary>1: deprecated.</summary>
    public int[]? Tags { get; set; }
    /// <summary>The whole range.</summary>
    public Range Range { get; set; } = new();
    /// <summary>The name's range.</summary>
    public Range SelectionRange { get; set; } = new();
    /// <summary>The children.</summary>
    public LspDocumentSymbol[]? Children { get; set; }
}
