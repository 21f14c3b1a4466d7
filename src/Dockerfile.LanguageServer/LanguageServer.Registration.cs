using System.Reflection;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer;

/// <content>
/// Explicit registration of every handler (NativeAOT safe: each method is named at compile time, so the trimmer keeps
/// it; no reflection over the whole class, which StreamJsonRpc marks as needing dynamic code).
/// </content>
internal sealed partial class LanguageServer
{
    private void RegisterMethods()
    {
        Add("initialize", typeof(LanguageServer).GetMethod(nameof(Initialize))!, true);
        Add("initialized", typeof(LanguageServer).GetMethod(nameof(Initialized))!, true);
        Add("shutdown", typeof(LanguageServer).GetMethod(nameof(Shutdown))!, false);
        Add("exit", typeof(LanguageServer).GetMethod(nameof(Exit))!, false);
        Add("workspace/didChangeConfiguration", typeof(LanguageServer).GetMethod(nameof(DidChangeConfiguration))!, true);
        Add("textDocument/didOpen", typeof(LanguageServer).GetMethod(nameof(DidOpen))!, true);
        Add("textDocument/didChange", typeof(LanguageServer).GetMethod(nameof(DidChange))!, true);
        Add("textDocument/didClose", typeof(LanguageServer).GetMethod(nameof(DidClose))!, true);
        Add("textDocument/didSave", typeof(LanguageServer).GetMethod(nameof(DidSave))!, true);
        Add("workspace/didChangeWatchedFiles", typeof(LanguageServer).GetMethod(nameof(DidChangeWatchedFiles))!, true);
        Add("textDocument/diagnostic", typeof(LanguageServer).GetMethod(nameof(DocumentDiagnostic))!, true);
        Add("workspace/diagnostic", typeof(LanguageServer).GetMethod(nameof(WorkspaceDiagnostic))!, true);
        Add("textDocument/codeAction", typeof(LanguageServer).GetMethod(nameof(CodeActions))!, true);
        Add("codeAction/resolve", typeof(LanguageServer).GetMethod(nameof(ResolveCodeAction))!, true);
        Add("textDocument/hover", typeof(LanguageServer).GetMethod(nameof(Hover))!, true);
        Add("textDocument/completion", typeof(LanguageServer).GetMethod(nameof(Completion))!, true);
        Add("textDocument/signatureHelp", typeof(LanguageServer).GetMethod(nameof(SignatureHelp))!, true);
        Add("textDocument/definition", typeof(LanguageServer).GetMethod(nameof(Definition))!, true);
        Add("textDocument/references", typeof(LanguageServer).GetMethod(nameof(References))!, true);
        Add("textDocument/documentHighlight", typeof(LanguageServer).GetMethod(nameof(DocumentHighlight))!, true);
        Add("textDocument/prepareRename", typeof(LanguageServer).GetMethod(nameof(PrepareRename))!, true);
        Add("textDocument/rename", typeof(LanguageServer).GetMethod(nameof(Rename))!, true);
        Add("textDocument/documentSymbol", typeof(LanguageServer).GetMethod(nameof(DocumentSymbol))!, true);
        Add("workspace/symbol", typeof(LanguageServer).GetMethod(nameof(WorkspaceSymbols))!, true);
        Add("textDocument/foldingRange", typeof(LanguageServer).GetMethod(nameof(FoldingRange))!, true);
        Add("textDocument/selectionRange", typeof(LanguageServer).GetMethod(nameof(SelectionRange))!, true);
        Add("textDocument/documentLink", typeof(LanguageServer).GetMethod(nameof(DocumentLink))!, true);
        Add("textDocument/inlayHint", typeof(LanguageServer).GetMethod(nameof(InlayHint))!, true);
        Add("textDocument/semanticTokens/full", typeof(LanguageServer).GetMethod(nameof(SemanticTokensFull))!, true);
        Add("textDocument/semanticTokens/full/delta", typeof(LanguageServer).GetMethod(nameof(SemanticTokensDelta))!, true);
        Add("textDocument/semanticTokens/range", typeof(LanguageServer).GetMethod(nameof(SemanticTokensRange))!, true);
        Add("textDocument/formatting", typeof(LanguageServer).GetMethod(nameof(Formatting))!, true);
        Add("textDocument/rangeFormatting", typeof(LanguageServer).GetMethod(nameof(RangeFormatting))!, true);
        Add("textDocument/onTypeFormatting", typeof(LanguageServer).GetMethod(nameof(OnTypeFormatting))!, true);
    }

    private void Add(string name, MethodInfo method, bool singleObject) =>
        _rpc.AddLocalRpcMethod(method, this, new JsonRpcMethodAttribute(name) { UseSingleObjectParameterDeserialization = singleObject });
}
