
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A document link.</summary>
public sealed class LspDocumentLink
{
    /// <summary>The range.</summary>
    public Range Range { get; set; } = new();
    /// <summary>The target URI.</summary>
    public string Target { get; set; } = "";
    /// <summary>The tooltip.</summary>
    public string? Tooltip { get; set; }
}
