
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A text edit.</summary>
public sealed class TextEdit
{
    /// <summary>The range replaced.</summary>
    public Range Range { get; set; } = new();
    /// <summary>The new text.</summary>
    public string NewText { get; set; } = "";
}
