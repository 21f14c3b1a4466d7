
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/prepareRename</c>.</summary>
public sealed class PrepareRenameResult
{
    /// <summary>The range renamed.</summary>
    public Range Range { get; set; } = new();
    /// <summary>The current name.</summary>
    public string Placeholder { get; set; } = "";
}
