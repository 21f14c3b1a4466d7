
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Markdown or plain text.</summary>
public sealed class MarkupContent
{
    /// <summary><c>markdown</c> or <c>plaintext</c>.</summary>
    public string Kind { get; set; } = "markdown";
    /// <summary>The text.</summary>
    public string Value { get; set; } = "";
}
