
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A workspace symbol.</summary>
public sealed class WorkspaceSymbol
{
    /// <summary>The name.</summary>
    public string Name { get; set; } = "";
    /// <summary>The LSP symbol kind.</summary>
    public int Kind { get; set; }
    /// <summary>The location.</summary>
    public Location Location { get; set; } = new();
    /// <summary>The container (the file name).</summary>
    public string? ContainerName { get; set; }
}
