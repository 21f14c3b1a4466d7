
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>workspace/didChangeWatchedFiles</c>.</summary>
public sealed class DidChangeWatchedFilesParams
{
    /// <summary>The changes.</summary>
    public FileEvent[] Changes { get; set; } = [];
}
