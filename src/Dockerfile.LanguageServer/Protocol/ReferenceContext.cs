
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The context of <c>textDocument/references</c>.</summary>
public sealed class ReferenceContext
{
    /// <summary>Whether the declaration is included.</summary>
    public bool IncludeDeclaration { get; set; }
}
