
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
public sealed class Hover
{
    /// <summary>The content.</summary>
    public MarkupContent Contents { get; set; } = new();
    /// <summary>The range.</summary>
    public Range? Range { get; set; }
}
