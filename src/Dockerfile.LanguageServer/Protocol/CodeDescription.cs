
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A link to a rule's page.</summary>
public sealed class CodeDescription
{
    /// <summary>The page.</summary>
    public string Href { get; set; } = "";
}
