
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/completion</c>.</summary>
public sealed class CompletionList
{
    /// <summary>Whether typing more should ask again.</summary>
    public bool IsIncomplete { get; set; }
    /// <summary>The items.</summary>
    public LspCompletionItem[] Items { get; set; } = [];
}
