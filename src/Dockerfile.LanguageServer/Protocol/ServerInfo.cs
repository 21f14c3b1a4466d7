
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The server's name and version.</summary>
public sealed class ServerInfo
{
    /// <summary>The name.</summary>
    public string Name { get; set; } = "dfa";
    /// <summary>The version.</summary>
    public string? Version { get; set; }
}
