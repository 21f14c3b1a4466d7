
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/diagnostic</c> (and one item of <c>workspace/diagnostic</c>).</summary>
public sealed class DocumentDiagnosticReport
{
    /// <summary><c>full</c> or <c>unchanged</c>.</summary>
    public string Kind { get; set; } = "full";
    /// <summary>The result id.</summary>
    public string? ResultId { get; set; }
    /// <summary>The diagnostics (full reports).</summary>
    public LspDiagnostic[]? Items { get; set; }
    /// <summary>The document (workspace reports).</summary>
    public string? Uri { get; set; }
    /// <summary>The version (workspace reports).</summary>
    public int? Version { get; set; }
}
