
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The watchers registered.</summary>
public sealed class DidChangeWatchedFilesRegistrationOptions
{
    /// <summary>The watchers.</summary>
    public FileSystemWatcher[] Watchers { get; set; } = [];
}
