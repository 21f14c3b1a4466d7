using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Editor;
using Dockerfile.LanguageServer.Protocol;
using Microsoft.CodeAnalysis.Text;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer;

/// <content>The editor features over <c>Dockerfile.Analysis.Editor</c>: LSP types and coordinate conversion only.</content>
internal sealed partial class LanguageServer
{
    private readonly ConcurrentDictionary<string, SemanticTokens> _lastTokens = new(StringComparer.Ordinal);
    private int _tokenResults;

    public Hover? Hover(TextDocumentPositionParams parameters, CancellationToken cancellationToken) => Guard("textDocument/hover", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return null;
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        var info = QuickInfo.Get(snapshot.Model, _positions.ToOffset(text, parameters.Position), snapshot.GetDiagnostics(cancellationToken), RuleCatalog.RulePagesBaseUri);
        return info is null ? null : new Hover { Contents = new MarkupContent { Value = info.Markdown }, Range = _positions.ToRange(text, info.Span) };
    });

    public CompletionList Completion(TextDocumentPositionParams parameters) => Guard("textDocument/completion", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return new CompletionList();
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        var items = CompletionService.GetCompletions(snapshot.Model, _positions.ToOffset(text, parameters.Position));
        return new CompletionList
        {
            Items = items.Select(i => new LspCompletionItem
            {
                Label = i.Label,
                Kind = i.Kind switch
                {
                    CompletionItemKind.Keyword => 14,
                    CompletionItemKind.Flag => 5,
                    CompletionItemKind.Value => 12,
                    CompletionItemKind.Variable => 6,
                    CompletionItemKind.Stage => 7,
                    CompletionItemKind.Directive => 15,
                    _ => 1,
                },
                Detail = i.Detail,
                Documentation = i.Documentation is null ? null : new MarkupContent { Value = i.Documentation },
                SortText = i.SortText,
                InsertTextFormat = i.IsSnippet ? 2 : 1,
                TextEdit = new TextEdit { Range = _positions.ToRange(text, i.Span), NewText = i.InsertText },
            }).ToArray(),
        };
    });

    public LspSignatureHelp? SignatureHelp(TextDocumentPositionParams parameters) => Guard("textDocument/signatureHelp", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return null;
        }

        var snapshot = open.Snapshot;
        var help = Dockerfile.Analysis.Editor.SignatureHelp.Get(snapshot.Model, _positions.ToOffset(snapshot.Text, parameters.Position));
        if (help is null)
        {
            return null;
        }

        return new LspSignatureHelp
        {
            Signatures =
            [
                new SignatureInformation
                {
                    Label = help.Label,
                    Documentation = new MarkupContent { Value = help.Documentation },
                    Parameters = help.Parameters.Select(p => new ParameterInformation { Label = p.Label, Documentation = p.Documentation is null ? null : new MarkupContent { Value = p.Documentation } }).ToArray(),
                },
            ],
            ActiveParameter = help.ActiveParameter,
        };
    });

    public Protocol.Location[] Definition(TextDocumentPositionParams parameters) => Guard("textDocument/definition", () =>
        Occurrences(parameters, (model, offset) => SymbolFinder.FindDefinition(model, offset)));

    public Protocol.Location[] References(TextDocumentPositionParams parameters) => Guard("textDocument/references", () =>
        Occurrences(parameters, (model, offset) => SymbolFinder.FindReferences(model, offset, parameters.Context?.IncludeDeclaration ?? true)));

    public DocumentHighlight[] DocumentHighlight(TextDocumentPositionParams parameters) => Guard("textDocument/documentHighlight", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return [];
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        return SymbolFinder.GetHighlights(snapshot.Model, _positions.ToOffset(text, parameters.Position))
            .Select(o => new DocumentHighlight { Range = _positions.ToRange(text, o.Span), Kind = o.IsDeclaration ? 3 : 2 }).ToArray();
    });

    public PrepareRenameResult? PrepareRename(TextDocumentPositionParams parameters) => Guard("textDocument/prepareRename", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return null;
        }

        var snapshot = open.Snapshot;
        var target = Renamer.PrepareRename(snapshot.Model, _positions.ToOffset(snapshot.Text, parameters.Position));
        return target is null ? null : new PrepareRenameResult { Range = _positions.ToRange(snapshot.Text, target.Span), Placeholder = target.Placeholder };
    });

    public WorkspaceEdit? Rename(TextDocumentPositionParams parameters) => Guard("textDocument/rename", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return null;
        }

        var snapshot = open.Snapshot;
        var result = Renamer.Rename(snapshot.Model, _positions.ToOffset(snapshot.Text, parameters.Position), parameters.NewName ?? string.Empty);
        if (!result.Succeeded)
        {
            throw new LocalRpcException(result.Error) { ErrorCode = -32803 };
        }

        return Edit(open.Uri, snapshot.Text, result.Changes);
    });

    public LspDocumentSymbol[] DocumentSymbol(TextDocumentParams parameters) => Guard("textDocument/documentSymbol", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return [];
        }

        var snapshot = open.Snapshot;
        if (snapshot.Outline is { } made)
        {
            return made;
        }

        var text = snapshot.Text;
        var result = new List<LspDocumentSymbol>();
        foreach (var symbol in DocumentSymbols.Get(snapshot.Model))
        {
            result.Add(ConvertSymbol(text, symbol));
        }

        return snapshot.Outline = result.ToArray();
    });

    public WorkspaceSymbol[] WorkspaceSymbols(WorkspaceSymbolParams parameters) => Guard("workspace/symbol", () =>
    {
        string query = parameters.Query ?? string.Empty;
        var result = new List<WorkspaceSymbol>();
        foreach (var open in _documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal))
        {
            var snapshot = open.Snapshot;
            var text = snapshot.Text;
            var pending = new Stack<Dockerfile.Analysis.Editor.DocumentSymbol>(DocumentSymbols.Get(snapshot.Model).Reverse());
            while (pending.Count > 0)
            {
                var symbol = pending.Pop();
                if (symbol.Kind is DocumentSymbolKind.Stage or DocumentSymbolKind.Variable && symbol.Name.IndexOf(query, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    result.Add(new WorkspaceSymbol { Name = symbol.Name, Kind = SymbolKind(symbol.Kind), ContainerName = Path.GetFileName(snapshot.FilePath), Location = new Protocol.Location { Uri = open.Uri, Range = _positions.ToRange(text, symbol.SelectionSpan) } });
                }

                foreach (var child in symbol.Children.Reverse())
                {
                    pending.Push(child);
                }
            }
        }

        return result.ToArray();
    });

    public LspFoldingRange[] FoldingRange(TextDocumentParams parameters) => Guard("textDocument/foldingRange", () =>
    {
        var open = Find(parameters.TextDocument);
        return open is null
            ? []
            : FoldingRanges.Get(open.Snapshot.Tree).Select(f => new LspFoldingRange { StartLine = f.StartLine, EndLine = f.EndLine, Kind = f.Kind == FoldingRangeKind.Comment ? "comment" : "region" }).ToArray();
    });

    public SelectionRange[] SelectionRange(TextDocumentPositionParams parameters) => Guard("textDocument/selectionRange", () =>
    {
        var open = Find(parameters.TextDocument);
        var positions = parameters.Positions ?? [];
        if (open is null)
        {
            return [];
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        return positions.Select(p =>
        {
            int offset = _positions.ToOffset(text, p);
            var spans = SelectionRanges.Get(snapshot.Tree, offset);
            SelectionRange? current = null;
            for (int i = spans.Length - 1; i >= 0; i--)
            {
                current = new SelectionRange { Range = _positions.ToRange(text, spans[i]), Parent = current };
            }

            return current ?? new SelectionRange { Range = _positions.ToRange(text, new TextSpan(offset, 0)) };
        }).ToArray();
    });

    public LspDocumentLink[] DocumentLink(TextDocumentParams parameters) => Guard("textDocument/documentLink", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return [];
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        return DocumentLinks.Get(snapshot.Model, snapshot.Options.BuildContext)
            .Select(l => new LspDocumentLink { Range = _positions.ToRange(text, l.Span), Target = LinkTarget(snapshot, l), Tooltip = l.Tooltip })
            .Where(l => l.Target.Length > 0)
            .ToArray();
    });

    public LspInlayHint[] InlayHint(TextDocumentParams parameters) => Guard("textDocument/inlayHint", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return [];
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        TextSpan? span = parameters.Range is null ? null : _positions.ToSpan(text, parameters.Range);
        return Dockerfile.Analysis.Editor.InlayHints.Get(snapshot.Model, span)
            .Where(h => h.Kind == InlayHintKind.VariableValue ? _inlayValues : _inlayLayers)
            .Select(h => new LspInlayHint { Position = _positions.ToPosition(text, h.Position), Label = h.Label, Tooltip = h.Tooltip, PaddingLeft = true })
            .ToArray();
    });

    public SemanticTokens SemanticTokensFull(TextDocumentParams parameters) => Guard("textDocument/semanticTokens/full", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return new SemanticTokens();
        }

        var tokens = Tokens(open);
        _lastTokens[open.Uri] = tokens;
        return tokens;
    });

    public SemanticTokensDelta SemanticTokensDelta(TextDocumentParams parameters) => Guard("textDocument/semanticTokens/full/delta", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return new SemanticTokensDelta { Data = [] };
        }

        var tokens = Tokens(open);
        _lastTokens.TryGetValue(open.Uri, out var previous);
        _lastTokens[open.Uri] = tokens;
        if (previous is null || previous.ResultId != parameters.PreviousResultId)
        {
            return new SemanticTokensDelta { ResultId = tokens.ResultId, Data = tokens.Data };
        }

        return new SemanticTokensDelta { ResultId = tokens.ResultId, Edits = SemanticTokenLegend.Diff(previous.Data, tokens.Data) };
    });

    public SemanticTokens SemanticTokensRange(TextDocumentParams parameters) => Guard("textDocument/semanticTokens/range", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return new SemanticTokens();
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        TextSpan? span = parameters.Range is null ? null : _positions.ToSpan(text, parameters.Range);
        return new SemanticTokens { Data = SemanticTokenLegend.Encode(text, SemanticClassifier.Classify(snapshot.Tree, span), _positions) };
    });

    private static int SymbolKind(DocumentSymbolKind kind) => kind switch
    {
        DocumentSymbolKind.Directive => 15, // String
        DocumentSymbolKind.Stage => 5, // Class
        DocumentSymbolKind.Instruction => 12, // Function
        DocumentSymbolKind.Variable => 13, // Variable
        DocumentSymbolKind.Heredoc => 15,
        _ => 13,
    };

    private static string LinkTarget(ServerDocument snapshot, Dockerfile.Analysis.Editor.DocumentLink link)
    {
        if (link.Kind == DocumentLinkKind.ContextFile)
        {
            string root = Path.GetDirectoryName(snapshot.FilePath) ?? string.Empty;
            return root.Length == 0 ? string.Empty : DocumentUri.FromPath(Path.Combine(root, link.Target));
        }

        return link.Target;
    }

    private SemanticTokens Tokens(OpenDocument open)
    {
        var snapshot = open.Snapshot;
        int id = Interlocked.Increment(ref _tokenResults);
        return new SemanticTokens { ResultId = id.ToString(CultureInfo.InvariantCulture), Data = SemanticTokenLegend.Encode(snapshot.Text, SemanticClassifier.Classify(snapshot.Tree), _positions) };
    }

    private Protocol.Location[] Occurrences(TextDocumentPositionParams parameters, Func<Dockerfile.Analysis.Semantics.DockerfileSemanticModel, int, ImmutableArray<SymbolOccurrence>> find)
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return [];
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        return find(snapshot.Model, _positions.ToOffset(text, parameters.Position))
            .Select(o => new Protocol.Location { Uri = open.Uri, Range = _positions.ToRange(text, o.Span) }).ToArray();
    }

    private LspDocumentSymbol ConvertSymbol(SourceText text, Dockerfile.Analysis.Editor.DocumentSymbol symbol)
    {
        // Symbols nest stage -> instruction -> heredoc: a few levels, never as deep as the input.
        return new LspDocumentSymbol
        {
            Name = symbol.Name.Length == 0 ? "(unnamed)" : symbol.Name,
            Detail = symbol.Detail,
            Kind = SymbolKind(symbol.Kind),
            Tags = symbol.IsDeprecated ? [1] : null,
            Range = _positions.ToRange(text, symbol.Span),
            SelectionRange = _positions.ToRange(text, symbol.SelectionSpan),
            Children = symbol.Children.IsDefaultOrEmpty ? null : symbol.Children.Select(c => ConvertSymbol(text, c)).ToArray(),
        };
    }
}
