
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One changed file.</summary>
public sealed class FileEvent
{
    /// <summary>The file.</summary>
    public string Uri { get; set; } = "";
    /// <summary>1 created, 2 changed, 3 deleted.</summary>
    public int Type { get; set; }
}
