
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Code action options.</summary>
public sealed class CodeActionOptions
{
    /// <summary>The kinds offered.</summary>
    public string[] CodeActionKinds { get; set; } = [];
    /// <summary>Whether the server computes edits on <c>codeAction/resolve</c>.</summary>
    public bool? ResolveProvider { get; set; }
}
