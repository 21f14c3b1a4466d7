
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One glob watched.</summary>
public sealed class FileSystemWatcher
{
    /// <summary>The glob.</summary>
    public string GlobPattern { get; set; } = "";
}
