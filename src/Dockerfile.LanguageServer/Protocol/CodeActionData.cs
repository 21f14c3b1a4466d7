
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The data of a fix-all code action whose edit is computed on <c>codeAction/resolve</c>.</summary>
public sealed class CodeActionData
{
    /// <summary>The document.</summary>
    public string Uri { get; set; } = "";
    /// <summary>The document version the action was offered for.</summary>
    public int Version { get; set; }
    /// <summary>The rule to fix; <see langword="null"/> for every rule.</summary>
    public string? Rule { get; set; }
}
