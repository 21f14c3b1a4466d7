
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>An opened document.</summary>
public sealed class TextDocumentItem
{
    /// <summary>The document URI.</summary>
    public string Uri { get; set; } = "";
    /// <summary>The language id.</summary>
    public string? LanguageId { get; set; }
    /// <summary>The version.</summary>
    public int Version { get; set; }
    /// <summary>The full text.</summary>
    public string Text { get; set; } = "";
}
