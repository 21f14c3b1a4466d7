
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One signature.</summary>
public sealed class SignatureInformation
{
    /// <summary>The label.</summary>
    public string Label { get; set; } = "";
    /// <summary>The documentation.</summary>
    public MarkupContent? Documentation { get; set; }
    /// <summary>The parameters.</summary>
    public ParameterInformation[] Parameters { get; set; } = [];
}
