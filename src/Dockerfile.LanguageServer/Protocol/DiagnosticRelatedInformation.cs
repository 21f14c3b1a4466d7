
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>A location related to a diagnostic.</summary>
public sealed class DiagnosticRelatedInformation
{
    /// <summary>The location.</summary>
    public Location Location { get; set; } = new();
    /// <summary>What it is.</summary>
    public string Message { get; set; } = "";
}
