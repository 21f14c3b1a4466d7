
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The token types and modifiers, by index.</summary>
public sealed class SemanticTokensLegend
{
    /// <summary>Token types.</summary>
    public string[] TokenTypes { get; set; } = [];
    /// <summary>Token modifiers.</summary>
    public string[] TokenModifiers { get; set; } = [];
}
