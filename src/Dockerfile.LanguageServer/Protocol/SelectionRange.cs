
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A selection range and its parent.</summary>
public sealed class SelectionRange
{
    /// <summary>The range.</summary>
    public Range Range { get; set; } = new();
    /// <summary>The enclosing range.</summary>
    public SelectionRange? Parent { get; set; }
}
