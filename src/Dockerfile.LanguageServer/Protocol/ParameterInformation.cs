
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>One parameter of a signature.</summary>
public sealed class ParameterInformation
{
    /// <summary>The label (a substring of the signature label).</summary>
    public string Label { get; set; } = "";
    /// <summary>The documentation.</summary>
    public MarkupContent? Documentation { get; set; }
}
