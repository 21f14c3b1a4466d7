
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Completion options.</summary>
public sealed class CompletionOptions
{
    /// <summary>Characters that start completion.</summary>
    public string[] TriggerCharacters { get; set; } = [];
}
