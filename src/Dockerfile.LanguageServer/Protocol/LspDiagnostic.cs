
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>An LSP diagnostic.</summary>
public sealed class LspDiagnostic
{
    /// <summary>The range.</summary>
    public Range Range { get; set; } = new();
    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int Severity { get; set; }
    /// <summary>The rule id.</summary>
    public string Code { get; set; } = "";
    /// <summary>The rule page.</summary>
    public CodeDescription? CodeDescription { get; set; }
    /// <summary>Always <c>dfa</c>.</summary>
    public string Source { get; set; } = "dfa";
    /// <summary>The message.</summary>
    public string Message { get; set; } = "";
    /// <summary>1 unnecessary, 2 deprecated.</summary>
    public int[]? Tags { get; set; }
    /// <summary>Related locations.</summary>
    public DiagnosticRelatedInformation[]? RelatedInformation { get; set; }
}
