
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The on-type formatting capability: the characters that trigger it.</summary>
public sealed class DocumentOnTypeFormattingOptions
{
    /// <summary>The trigger character.</summary>
    public string FirstTriggerCharacter { get; set; } = "\n";
}
