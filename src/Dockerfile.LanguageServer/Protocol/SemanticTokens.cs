
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Semantic tokens (full or range).</summary>
public sealed class SemanticTokens
{
    /// <summary>The id for a later delta.</summary>
    public string? ResultId { get; set; }
    /// <summary>The encoded tokens.</summary>
    public int[] Data { get; set; } = [];
}
