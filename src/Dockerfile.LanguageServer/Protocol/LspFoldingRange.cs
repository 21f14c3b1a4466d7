
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A folding range.</summary>
public sealed class LspFoldingRange
{
    /// <summary>The first line.</summary>
    public int StartLine { get; set; }
    /// <summary>The last line.</summary>
    public int EndLine { get; set; }
    /// <summary><c>comment</c>, <c>region</c> or null.</summary>
    public string? Kind { get; set; }
}
