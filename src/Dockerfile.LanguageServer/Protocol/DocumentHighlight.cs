
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A highlighted range.</summary>
public sealed class DocumentHighlight
{
    /// <summary>The range.</summary>
    public Range Range { get; set; } = new();
    /// <summary>2 read, 3 write.</summary>
    public int Kind { get; set; }
}
