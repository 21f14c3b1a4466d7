
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Document link options.</summary>
public sealed class DocumentLinkOptions
{
    /// <summary>Links need no resolve.</summary>
    public bool ResolveProvider { get; set; }
}
