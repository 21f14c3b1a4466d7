
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Names a document.</summary>
public sealed class TextDocumentIdentifier
{
    /// <summary>The document URI.</summary>
    public string Uri { get; set; } = "";
    /// <summary>The version (versioned identifiers only).</summary>
    public int? Version { get; set; }
}
