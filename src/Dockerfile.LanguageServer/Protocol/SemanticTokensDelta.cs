
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/semanticTokens/full/delta</c>: edits to the previous data, or full data.</summary>
public sealed class SemanticTokensDelta
{
    /// <summary>The new result id.</summary>
    public string? ResultId { get; set; }
    /// <summary>Edits of the previous data (delta answers).</summary>
    public SemanticTokensEdit[]? Edits { get; set; }
    /// <summary>The full data (when the previous result is unknown).</summary>
    public int[]? Data { get; set; }
}
