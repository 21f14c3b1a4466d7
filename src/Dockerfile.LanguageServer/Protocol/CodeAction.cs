
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A code action.</summary>
public sealed class CodeAction
{
    /// <summary>The title.</summary>
    public string Title { get; set; } = "";
    /// <summary>The kind.</summary>
    public string Kind { get; set; } = "quickfix";
    /// <summary>The diagnostics it addresses.</summary>
    public LspDiagnostic[]? Diagnostics { get; set; }
    /// <summary>Whether it is the preferred fix.</summary>
    public bool? IsPreferred { get; set; }
    /// <summary>The edit; <see langword="null"/> until <c>codeAction/resolve</c> computes it (see <see cref="Data"/>).</summary>
    public WorkspaceEdit? Edit { get; set; }
    /// <summary>What <c>codeAction/resolve</c> needs to compute the edit of an action sent without one.</summary>
    public CodeActionData? Data { get; set; }
}
