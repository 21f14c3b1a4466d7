
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>An LSP range (end exclusive).</summary>
public sealed class Range
{
    /// <summary>The start.</summary>
    public Position Start { get; set; } = new();
    /// <summary>The end (exclusive).</summary>
    public Position End { get; set; } = new();
}
