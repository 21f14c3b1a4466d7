
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Pull-diagnostics options.</summary>
public sealed class DiagnosticOptions
{
    /// <summary>The diagnostics of one document depend on others (configuration files).</summary>
    public bool InterFileDependencies { get; set; } = true;
    /// <summary>workspace/diagnostic is supported.</summary>
    public bool WorkspaceDiagnostics { get; set; } = true;
    /// <summary>The source identifier.</summary>
    public string Identifier { get; set; } = "dfa";
}
