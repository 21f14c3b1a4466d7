
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>workspace/diagnostic</c>.</summary>
public sealed class WorkspaceDiagnosticReport
{
    /// <summary>One report per open document.</summary>
    public DocumentDiagnosticReport[] Items { get; set; } = [];
}
