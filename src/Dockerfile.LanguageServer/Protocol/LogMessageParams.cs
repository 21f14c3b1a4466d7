
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Parameters of <c>window/logMessage</c>.</summary>
public sealed class LogMessageParams
{
    /// <summary>1 error, 2 warning, 3 info, 4 log.</summary>
    public int Type { get; set; }
    /// <summary>The message.</summary>
    public string Message { get; set; } = "";
}
