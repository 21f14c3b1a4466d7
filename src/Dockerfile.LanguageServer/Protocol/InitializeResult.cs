
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>initialize</c>.</summary>
public sealed class InitializeResult
{
    /// <summary>What the server can do.</summary>
    public ServerCapabilities Capabilities { get; set; } = new();
    /// <summary>Name and version.</summary>
    public ServerInfo ServerInfo { get; set; } = new();
}
