
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One edit of semantic token data.</summary>
public sealed class SemanticTokensEdit
{
    /// <summary>Start index in the previous data.</summary>
    public int Start { get; set; }
    /// <summary>How many numbers are removed.</summary>
    public int DeleteCount { get; set; }
    /// <summary>The numbers inserted.</summary>
    public int[]? Data { get; set; }
}
