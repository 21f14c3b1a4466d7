
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Rename options.</summary>
public sealed class RenameOptions
{
    /// <summary>prepareRename is supported.</summary>
    public bool PrepareProvider { get; set; } = true;
}
