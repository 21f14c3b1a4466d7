
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The context of <c>textDocument/codeAction</c>.</summary>
public sealed class CodeActionContext
{
    /// <summary>The diagnostics the client shows in the range.</summary>
    public LspDiagnostic[]? Diagnostics { get; set; }
    /// <summary>The kinds asked for.</summary>
    public string[]? Only { get; set; }
}
