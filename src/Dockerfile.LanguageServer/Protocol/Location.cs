
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A range in a document.</summary>
public sealed class Location
{
    /// <summary>The document.</summary>
    public string Uri { get; set; } = "";
    /// <summary>The range.</summary>
    public Range Range { get; set; } = new();
}
