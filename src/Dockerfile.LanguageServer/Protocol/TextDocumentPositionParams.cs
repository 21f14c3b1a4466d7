
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of the requests at a position (hover, completion, definition, references, rename...).</summary>
public sealed class TextDocumentPositionParams
{
    /// <summary>The document.</summary>
    public TextDocumentIdentifier TextDocument { get; set; } = new();
    /// <summary>The position.</summary>
    public Position Position { get; set; } = new();
    /// <summary>The new name (rename).</summary>
    public string? NewName { get; set; }
    /// <summary>The positions (selection ranges).</summary>
    public Position[]? Positions { get; set; }
    /// <summary>The references context.</summary>
    public ReferenceContext? Context { get; set; }
}
