
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One section asked for.</summary>
public sealed class ConfigurationItem
{
    /// <summary>The section.</summary>
    public string? Section { get; set; }
}
