using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer;

/// <content>Push and pull diagnostics, and code actions.</content>
internal sealed partial class LanguageServer
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DiagnosticDescriptor, RuleProtocolParts> s_ruleParts = new();

    // The ids some built-in fix provider can fix.
    private static readonly HashSet<string> s_fixableIds = new(CodeFixes.BuiltInProviders.SelectMany(p => p.FixableDiagnosticIds), StringComparer.Ordinal);

    public DocumentDiagnosticReport DocumentDiagnostic(TextDocumentParams parameters, CancellationToken cancellationToken) => Guard("textDocument/diagnostic", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return new DocumentDiagnosticReport { Kind = "full", Items = [] };
        }

        string resultId = ResultId(open);
        if (parameters.PreviousResultId == resultId)
        {
            return new DocumentDiagnosticReport { Kind = "unchanged", ResultId = resultId };
        }

        var snapshot = open.Snapshot;
        return new DocumentDiagnosticReport { Kind = "full", ResultId = resultId, Items = Convert(open.Uri, snapshot, snapshot.GetDiagnostics(cancellationToken)) };
    });

    public WorkspaceDiagnosticReport WorkspaceDiagnostic(System.Text.Json.JsonElement parameters, CancellationToken cancellationToken) => Guard("workspace/diagnostic", () =>
    {
        var items = new List<DocumentDiagnosticReport>();
        foreach (var open in _documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal))
        {
            var snapshot = open.Snapshot;
            items.Add(new DocumentDiagnosticReport
            {
                Kind = "full",
                Uri = open.Uri,
                Version = open.Version,
                ResultId = ResultId(open),
                Items = Convert(open.Uri, snapshot, snapshot.GetDiagnostics(cancellationToken)),
            });
        }

        return new WorkspaceDiagnosticReport { Items = items.ToArray() };
    });

    public CodeAction[] CodeActions(TextDocumentParams parameters, CancellationToken cancellationToken) => Guard("textDocument/codeAction", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return [];
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        var span = parameters.Range is null ? new TextSpan(0, text.Length) : _positions.ToSpan(text, parameters.Range);
        var diagnostics = snapshot.GetDiagnostics(cancellationToken);
        var only = parameters.Context?.Only;
        bool wantQuickFix = only is null || only.Any(k => k == "quickfix" || "quickfix".StartsWith(k + ".", StringComparison.Ordinal));
        bool wantFixAll = only is null || only.Any(k => k == "source" || k == "source.fixAll" || k == "source.fixAll.dfa");
        var actions = new List<CodeAction>();
        if (wantQuickFix)
        {
            var fixableRules = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics)
            {
                var diagnosticSpan = diagnostic.Location.SourceSpan;
                if (!(diagnosticSpan.IntersectsWith(span) || diagnosticSpan.End == span.Start || span.Contains(diagnosticSpan.Start)))
                {
                    continue;
                }

                var lsp = Convert(open.Uri, snapshot, diagnostic);
                foreach (var fix in CodeFixes.GetFixes(snapshot.Tree, diagnostic, snapshot.Document.Options))
                {
                    if (Edit(open, snapshot, fix.Changes, fix.DocumentChanges) is not { } edit)
                    {
                        continue;
                    }

                    actions.Add(new CodeAction { Title = fix.Title, Kind = "quickfix", Diagnostics = [lsp], IsPreferred = true, Edit = edit });
                    fixableRules.Add(diagnostic.Id);
                }

                actions.Add(Suppress(open.Uri, snapshot, diagnostic, lsp));
                var skip = CheckSkip(open.Uri, snapshot, diagnostic, lsp);
                if (skip != null)
                {
                    actions.Add(skip);
                }
            }

            foreach (string rule in fixableRules.OrderBy(r => r, StringComparer.Ordinal))
            {
                if (diagnostics.Count(d => d.Id == rule) < 2)
                {
                    continue;
                }

                if (_clientResolvesEdits)
                {
                    // Fix-all reanalyses the text until nothing more applies: computed only when the user picks it.
                    actions.Add(new CodeAction { Title = $"Fix all {rule} in the file", Kind = "quickfix", Data = new CodeActionData { Uri = open.Uri, Version = open.Version, Rule = rule } });
                    continue;
                }

                var result = snapshot.Document.FixAll([rule], cancellationToken);
                if (result.FixCount > 0 && FixAllEdit(open, snapshot, result) is { } edit)
                {
                    actions.Add(new CodeAction { Title = $"Fix all {rule} in the file ({result.FixCount})", Kind = "quickfix", Edit = edit });
                }
            }
        }

        if (wantFixAll && diagnostics.Length > 0)
        {
            if (_clientResolvesEdits)
            {
                if (diagnostics.Any(d => s_fixableIds.Contains(d.Id)))
                {
                    actions.Add(new CodeAction { Title = "Fix all dfa findings in the file", Kind = "source.fixAll.dfa", Data = new CodeActionData { Uri = open.Uri, Version = open.Version } });
                }
            }
            else
            {
                var result = snapshot.Document.FixAll(null, cancellationToken);
                if (result.FixCount > 0 && FixAllEdit(open, snapshot, result) is { } edit)
                {
                    actions.Add(new CodeAction { Title = $"Fix all dfa findings in the file ({result.FixCount})", Kind = "source.fixAll.dfa", Edit = edit });
                }
            }
        }

        return actions.ToArray();
    });

    /// <summary>
    /// Computes the edit of a fix-all action offered without one. The edit is made for the document as it is now
    /// when it is still the version the action was offered for; otherwise the action comes back without an edit
    /// (the client applies nothing) and the user asks again.
    /// </summary>
    public CodeAction ResolveCodeAction(CodeAction action, CancellationToken cancellationToken) => Guard("codeAction/resolve", () =>
    {
        if (action.Data is not { } data || action.Edit != null || !_documents.TryGetValue(data.Uri, out var open) || open.Version != data.Version)
        {
            return action;
        }

        var snapshot = open.Snapshot;
        var result = snapshot.Document.FixAll(data.Rule is null ? null : [data.Rule], cancellationToken);
        action.Edit = result.FixCount > 0 ? FixAllEdit(open, snapshot, result) ?? WholeEdit(open.Uri, snapshot.Text, result.Text) : new WorkspaceEdit();
        action.Data = null;
        return action;
    });

    private static string ResultId(OpenDocument open) => open.Version.ToString(CultureInfo.InvariantCulture) + "." + open.Generation.ToString(CultureInfo.InvariantCulture);

    private void ScheduleDiagnostics(OpenDocument open, bool immediate)
    {
        if (_clientPulls)
        {
            return;
        }

        var token = open.Restart();
        int version = open.Version;
        var snapshot = open.Snapshot;
        int delay = immediate ? 0 : _debounceMs;
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > 0)
                {
                    await Task.Delay(delay, token).ConfigureAwait(false);
                }

                var diagnostics = snapshot.GetDiagnostics(token);
                token.ThrowIfCancellationRequested();
                if (!ReferenceEquals(open.Snapshot, snapshot) || !_documents.TryGetValue(open.Uri, out var current) || !ReferenceEquals(current, open))
                {
                    return; // a newer edit or a close came first
                }

                Publish(new PublishDiagnosticsParams { Uri = open.Uri, Version = version, Diagnostics = Convert(open.Uri, snapshot, diagnostics) });
            }
            catch (OperationCanceledException)
            {
                // A newer edit cancelled this run.
            }
            catch (Exception ex)
            {
                Log(1, "dfa: diagnostics failed for " + open.Uri + ": " + ex.GetType().Name + ": " + ex.Message);
            }
        }, token);
    }

    private LspDiagnostic[] Convert(string uri, ServerDocument snapshot, ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Location == Microsoft.CodeAnalysis.Location.None || InDocument(d.Location, snapshot)).Select(d => Convert(uri, snapshot, d)).ToArray();

    /// <summary>
    /// Whether a location is in this document. The tree makes file locations (<c>Location.Create(path, span, lines)</c>,
    /// <see cref="LocationKind.ExternalFile"/>, never <c>IsInSource</c>); a finding in another file (a configuration
    /// file's DF0002) has that file's path.
    /// </summary>
    private static bool InDocument(Microsoft.CodeAnalysis.Location location, ServerDocument snapshot)
    {
        if (location.Kind is not (LocationKind.ExternalFile or LocationKind.SourceFile))
        {
            return false;
        }

        string path = location.GetLineSpan().Path;
        return string.IsNullOrEmpty(path) || string.Equals(path, snapshot.FilePath, StringComparison.Ordinal) || string.Equals(path, snapshot.Tree.FilePath, StringComparison.Ordinal);
    }

    /// <summary>The parts of a protocol diagnostic that depend only on its rule, made once per descriptor.</summary>
    private static (CodeDescription? Description, int[]? Tags) RuleParts(DiagnosticDescriptor descriptor) =>
        s_ruleParts.GetValue(descriptor, static d =>
        {
            var tags = new List<int>();
            if (d.CustomTags.Contains(WellKnownDiagnosticTags.Unnecessary))
            {
                tags.Add(1);
            }

            if (d.CustomTags.Contains(DockerfileDiagnosticTags.Deprecated))
            {
                tags.Add(2);
            }

            // The catalogue's page; for a rule of your own (DfaCommandLine.Run with your analyzers), its descriptor's
            // help link when that is a web address.
            var description = RuleCatalog.Find(d.Id) != null ? new CodeDescription { Href = RuleCatalog.GetRulePageUri(d.Id) }
                : Uri.TryCreate(d.HelpLinkUri, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp) ? new CodeDescription { Href = d.HelpLinkUri }
                : null;
            return new RuleProtocolParts(description, tags.Count > 0 ? tags.ToArray() : null);
        }).Parts;

    private LspDiagnostic Convert(string uri, ServerDocument snapshot, Diagnostic diagnostic)
    {
        var text = snapshot.Text;
        var span = diagnostic.Location.SourceSpan;
        if (span.End > text.Length)
        {
            span = new TextSpan(Math.Min(span.Start, text.Length), 0);
        }

        var result = new LspDiagnostic
        {
            Range = _positions.ToRange(text, span),
            Severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => 1,
                DiagnosticSeverity.Warning => 2,
                DiagnosticSeverity.Info => 3,
                _ => 4,
            },
            Code = diagnostic.Id,
            Message = diagnostic.GetMessage(CultureInfo.InvariantCulture),
        };
        (result.CodeDescription, result.Tags) = RuleParts(diagnostic.Descriptor);
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            return result;
        }

        var related = diagnostic.AdditionalLocations.Where(l => InDocument(l, snapshot) && l.SourceSpan.End <= text.Length).ToList();
        if (related.Count > 0)
        {
            result.RelatedInformation = related.Select(l => new DiagnosticRelatedInformation { Location = new Protocol.Location { Uri = uri, Range = _positions.ToRange(text, l.SourceSpan) }, Message = diagnostic.Properties.TryGetValue(RuleInfo.AdditionalLocationsMessageProperty, out string? about) && about != null ? about : "related location" }).ToArray();
        }

        return result;
    }

    private WorkspaceEdit Edit(string uri, SourceText text, ImmutableArray<TextChange> changes) => new()
    {
        Changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal)
        {
            [uri] = TextEdits(text, changes),
        },
    };

    private TextEdit[] TextEdits(SourceText text, ImmutableArray<TextChange> changes) =>
        changes.OrderBy(c => c.Span.Start).Select(c => new TextEdit { Range = _positions.ToRange(text, c.Span), NewText = c.NewText ?? string.Empty }).ToArray();

    /// <summary>
    /// The edit of a fix that may also change other files of the build context: the Dockerfile's edits and, per other
    /// file, its edits by URI; a file to create needs the client's <c>documentChanges</c> with <c>create</c>, and without
    /// them the fix is not offered (null). Null too when the build context is not a folder on disk.
    /// </summary>
    private WorkspaceEdit? Edit(OpenDocument open, ServerDocument snapshot, ImmutableArray<TextChange> changes, ImmutableArray<DocumentChange> documentChanges)
    {
        if (documentChanges.IsEmpty)
        {
            return Edit(open.Uri, snapshot.Text, changes);
        }

        if (snapshot.Document.BuildContext?.RootPath is not { } root)
        {
            return null;
        }

        var others = documentChanges
            .Select(d => (Change: d, Uri: DocumentUri.FromPath(System.IO.Path.Combine(root, d.Path.Replace('/', System.IO.Path.DirectorySeparatorChar)))))
            .ToList();
        if (others.Any(o => o.Change.IsNewDocument))
        {
            if (!_clientCreatesFiles)
            {
                return null;
            }

            var operations = new List<DocumentChangeOperation>();
            if (!changes.IsEmpty)
            {
                operations.Add(new DocumentChangeOperation { TextDocument = new OptionalVersionedTextDocumentIdentifier { Uri = open.Uri, Version = open.Version }, Edits = TextEdits(snapshot.Text, changes) });
            }

            foreach (var (change, uri) in others)
            {
                if (change.IsNewDocument)
                {
                    operations.Add(new DocumentChangeOperation { Kind = "create", Uri = uri, Options = new CreateFileOptions { Overwrite = false, IgnoreIfExists = false } });
                    operations.Add(new DocumentChangeOperation { TextDocument = new OptionalVersionedTextDocumentIdentifier { Uri = uri }, Edits = [new TextEdit { Range = new Protocol.Range(), NewText = change.NewText.ToString() }] });
                }
                else
                {
                    operations.Add(new DocumentChangeOperation { TextDocument = new OptionalVersionedTextDocumentIdentifier { Uri = uri }, Edits = TextEdits(change.OriginalText!, change.Changes) });
                }
            }

            return new WorkspaceEdit { DocumentChanges = operations.ToArray() };
        }

        var edit = Edit(open.Uri, snapshot.Text, changes);
        if (changes.IsEmpty)
        {
            edit.Changes!.Remove(open.Uri);
        }

        foreach (var (change, uri) in others)
        {
            edit.Changes![uri] = TextEdits(change.OriginalText!, change.Changes);
        }

        return edit;
    }

    /// <summary>The edit of a fix-all result: the Dockerfile's text and the other files the fixes changed.</summary>
    private WorkspaceEdit? FixAllEdit(OpenDocument open, ServerDocument snapshot, FixAllResult result)
    {
        var whole = WholeEdit(open.Uri, snapshot.Text, result.Text);
        if (result.DocumentChanges.IsEmpty)
        {
            return whole;
        }

        var changes = result.Text.ContentEquals(snapshot.Text) ? ImmutableArray<TextChange>.Empty : ImmutableArray.Create(WholeChange(snapshot.Text, result.Text));

        // Fall back to the Dockerfile alone when the client cannot take the other files.
        return Edit(open, snapshot, changes, result.DocumentChanges) ?? (result.Text.ContentEquals(snapshot.Text) ? null : whole);
    }

    private WorkspaceEdit WholeEdit(string uri, SourceText oldText, SourceText newText) => Edit(uri, oldText, [WholeChange(oldText, newText)]);

    // One change from the old text to the new: the middle between their common start and end.
    private static TextChange WholeChange(SourceText oldText, SourceText newText)
    {
        string a = oldText.ToString();
        string b = newText.ToString();
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        // Never split a surrogate pair or a CRLF at either end of the edit.
        while (prefix > 0 && (char.IsLowSurrogate(a[prefix - 1]) || char.IsHighSurrogate(a[prefix - 1]) || a[prefix - 1] == '\r'))
        {
            prefix--;
        }

        while (suffix > 0 && (char.IsHighSurrogate(a[a.Length - suffix]) || char.IsLowSurrogate(a[a.Length - suffix]) || a[a.Length - suffix] == '\n'))
        {
            suffix--;
        }

        return new TextChange(TextSpan.FromBounds(prefix, a.Length - suffix), b.Substring(prefix, b.Length - suffix - prefix));
    }

    private CodeAction Suppress(string uri, ServerDocument snapshot, Diagnostic diagnostic, LspDiagnostic lsp) =>
        new() { Title = $"Suppress {diagnostic.Id} on this line (# dfa ignore={diagnostic.Id})", Kind = "quickfix", Diagnostics = [lsp], Edit = Edit(uri, snapshot.Text, [SuppressionEdits.IgnoreComment(snapshot.Tree, diagnostic)]) };

    private CodeAction? CheckSkip(string uri, ServerDocument snapshot, Diagnostic diagnostic, LspDiagnostic lsp)
    {
        if (SuppressionEdits.CheckSkip(snapshot.Tree, diagnostic) is not { } change)
        {
            return null;
        }

        string name = RuleCatalog.Find(diagnostic.Id)!.BuildKitEquivalents[0];
        return new CodeAction { Title = $"Skip the BuildKit check {name} in this file (# check=skip={name})", Kind = "quickfix", Diagnostics = [lsp], Edit = Edit(uri, snapshot.Text, [change]) };
    }
}
