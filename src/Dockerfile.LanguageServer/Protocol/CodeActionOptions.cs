
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Code action options.</summary>
public sealed class CodeActionOptions
{
    /// <summary>The kinds offered.</summary>
    public string[] CodeActionKinds { get; set; } = [];
}
