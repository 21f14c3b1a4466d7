using System.Text.Json;

namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>initialize</c>.</summary>
public sealed class InitializeParams
{
    /// <summary>The client's process id.</summary>
    public int? ProcessId { get; set; }
    /// <summary>The root URI.</summary>
    public string? RootUri { get; set; }
    /// <summary>The client's capabilities (read as raw JSON: only a few are looked at).</summary>
    public JsonElement Capabilities { get; set; }
    /// <summary>Initialization options (the <c>dfa</c> settings, optional).</summary>
    public JsonElement? InitializationOptions { get; set; }
}
