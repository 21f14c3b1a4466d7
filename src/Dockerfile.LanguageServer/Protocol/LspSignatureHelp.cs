
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/signatureHelp</c>.</summary>
public sealed class LspSignatureHelp
{
    /// <summary>The signatures (one).</summary>
    public SignatureInformation[] Signatures { get; set; } = [];
    /// <summary>The active signature.</summary>
    public int ActiveSignature { get; set; }
    /// <summary>The active parameter.</summary>
    public int ActiveParameter { get; set; }
}
