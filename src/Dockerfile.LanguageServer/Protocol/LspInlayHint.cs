
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>An inlay hint.</summary>
public sealed class LspInlayHint
{
    /// <summary>Where it shows.</summary>
    public Position Position { get; set; } = new();
    /// <summary>The text.</summary>
    public string Label { get; set; } = "";
    /// <summary>The tooltip.</summary>
    public string? Tooltip { get; set; }
    /// <summary>A space before the label.</summary>
    public bool PaddingLeft { get; set; }
}
