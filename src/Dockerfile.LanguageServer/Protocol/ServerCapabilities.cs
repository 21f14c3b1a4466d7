
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The capabilities the server advertises.</summary>
public sealed class ServerCapabilities
{
    /// <summary><c>utf-16</c> or <c>utf-8</c>.</summary>
    public string PositionEncoding { get; set; } = "utf-16";
    /// <summary>Text sync options.</summary>
    public TextDocumentSyncOptions TextDocumentSync { get; set; } = new();
    /// <summary>Hover.</summary>
    public bool HoverProvider { get; set; }
    /// <summary>Completion.</summary>
    public CompletionOptions? CompletionProvider { get; set; }
    /// <summary>Signature help.</summary>
    public SignatureHelpOptions? SignatureHelpProvider { get; set; }
    /// <summary>Definition.</summary>
    public bool DefinitionProvider { get; set; }
    /// <summary>References.</summary>
    public bool ReferencesProvider { get; set; }
    /// <summary>Document highlight.</summary>
    public bool DocumentHighlightProvider { get; set; }
    /// <summary>Document symbols.</summary>
    public bool DocumentSymbolProvider { get; set; }
    /// <summary>Workspace symbols.</summary>
    public bool WorkspaceSymbolProvider { get; set; }
    /// <summary>Code actions.</summary>
    public CodeActionOptions? CodeActionProvider { get; set; }
    /// <summary>Rename with prepare.</summary>
    public RenameOptions? RenameProvider { get; set; }
    /// <summary>Folding.</summary>
    public bool FoldingRangeProvider { get; set; }
    /// <summary>Selection ranges.</summary>
    public bool SelectionRangeProvider { get; set; }
    /// <summary>Document links.</summary>
    public DocumentLinkOptions? DocumentLinkProvider { get; set; }
    /// <summary>Inlay hints.</summary>
    public bool InlayHintProvider { get; set; }
    /// <summary>Semantic tokens.</summary>
    public SemanticTokensOptions? SemanticTokensProvider { get; set; }
    /// <summary>Whole-document formatting.</summary>
    public bool DocumentFormattingProvider { get; set; }
    /// <summary>Range formatting.</summary>
    public bool DocumentRangeFormattingProvider { get; set; }
    /// <summary>On-type formatting.</summary>
    public DocumentOnTypeFormattingOptions? DocumentOnTypeFormattingProvider { get; set; }
    /// <summary>Pull diagnostics.</summary>
    public DiagnosticOptions? DiagnosticProvider { get; set; }
}
