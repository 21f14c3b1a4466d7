
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One dynamic registration (file watchers).</summary>
public sealed class Registration
{
    /// <summary>The id.</summary>
    public string Id { get; set; } = "";
    /// <summary>The method.</summary>
    public string Method { get; set; } = "";
    /// <summary>The options.</summary>
    public DidChangeWatchedFilesRegistrationOptions? RegisterOptions { get; set; }
}
