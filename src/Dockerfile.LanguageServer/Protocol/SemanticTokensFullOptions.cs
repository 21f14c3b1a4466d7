
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Full semantic tokens options.</summary>
public sealed class SemanticTokensFullOptions
{
    /// <summary>Delta requests.</summary>
    public bool Delta { get; set; } = true;
}
