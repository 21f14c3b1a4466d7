
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Signature help options.</summary>
public sealed class SignatureHelpOptions
{
    /// <summary>Characters that start signature help.</summary>
    public string[] TriggerCharacters { get; set; } = [];
}
