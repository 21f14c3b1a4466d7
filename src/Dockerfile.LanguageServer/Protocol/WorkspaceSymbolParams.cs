
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>workspace/symbol</c>.</summary>
public sealed class WorkspaceSymbolParams
{
    /// <summary>The filter.</summary>
    public string Query { get; set; } = "";
}
