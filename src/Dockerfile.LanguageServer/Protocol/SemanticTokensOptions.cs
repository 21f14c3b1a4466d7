
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Semantic tokens options.</summary>
public sealed class SemanticTokensOptions
{
    /// <summary>The legend.</summary>
    public SemanticTokensLegend Legend { get; set; } = new();
    /// <summary>Range requests.</summary>
    public bool Range { get; set; } = true;
    /// <summary>Full and delta.</summary>
    public SemanticTokensFullOptions Full { get; set; } = new();
}
