
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Text sync options.</summary>
public sealed class TextDocumentSyncOptions
{
    /// <summary>Open and close notifications are wanted.</summary>
    public bool OpenClose { get; set; } = true;
    /// <summary>2: incremental.</summary>
    public int Change { get; set; } = 2;
    /// <summary>Save notifications are wanted.</summary>
    public bool Save { get; set; } = true;
}
