
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>workspace/configuration</c>.</summary>
public sealed class ConfigurationParams
{
    /// <summary>The sections asked for.</summary>
    public ConfigurationItem[] Items { get; set; } = [];
}
