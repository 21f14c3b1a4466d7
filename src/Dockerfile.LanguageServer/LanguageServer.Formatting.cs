using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dockerfile.Analysis.Formatting;
using Dockerfile.LanguageServer.Protocol;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.LanguageServer;

/// <content>
/// Formatting (<c>textDocument/formatting</c>, <c>rangeFormatting</c>, <c>onTypeFormatting</c> on a new line) through
/// the library's <see cref="DockerfileFormatter"/> only: LSP types and coordinate conversion here, nothing else.
/// </content>
internal sealed partial class LanguageServer
{
    public TextEdit[] Formatting(DocumentFormattingParams parameters, CancellationToken cancellationToken) => Guard("textDocument/formatting", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null)
        {
            return Array.Empty<TextEdit>();
        }

        var snapshot = open.Snapshot;
        var changes = DockerfileFormatter.GetFormattedTextChanges(snapshot.Tree, FormattingOptionsFor(snapshot, parameters.Options), cancellationToken);
        return ToEdits(snapshot.Text, changes);
    });

    public TextEdit[] RangeFormatting(DocumentFormattingParams parameters, CancellationToken cancellationToken) => Guard("textDocument/rangeFormatting", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null || parameters.Range is null)
        {
            return Array.Empty<TextEdit>();
        }

        var snapshot = open.Snapshot;
        var span = _positions.ToSpan(snapshot.Text, parameters.Range);
        var changes = DockerfileFormatter.GetFormattedTextChanges(snapshot.Tree, new[] { span }, FormattingOptionsFor(snapshot, parameters.Options), cancellationToken);
        return ToEdits(snapshot.Text, changes);
    });

    /// <summary>
    /// After a new line: formats the instruction the previous line belongs to, and nothing on the line the cursor is on
    /// (its indentation is the editor's until the user types there).
    /// </summary>
    public TextEdit[] OnTypeFormatting(DocumentFormattingParams parameters, CancellationToken cancellationToken) => Guard("textDocument/onTypeFormatting", () =>
    {
        var open = Find(parameters.TextDocument);
        if (open is null || parameters.Position is null || parameters.Ch != "\n")
        {
            return Array.Empty<TextEdit>();
        }

        var snapshot = open.Snapshot;
        var text = snapshot.Text;
        int offset = _positions.ToOffset(text, parameters.Position);
        int lineNumber = text.Lines.GetLineFromPosition(offset).LineNumber;
        if (lineNumber == 0)
        {
            return Array.Empty<TextEdit>();
        }

        var cursorLine = text.Lines[lineNumber];
        var previous = text.Lines[lineNumber - 1];
        var changes = DockerfileFormatter.GetFormattedTextChanges(snapshot.Tree, new[] { previous.Span }, FormattingOptionsFor(snapshot, parameters.Options), cancellationToken);
        return ToEdits(text, changes.Where(c => c.Span.End <= cursorLine.Start && !(c.Span.Length == 0 && c.Span.Start == cursorLine.Start)).ToImmutableArray());
    });

    /// <summary>The document's options from its <c>.editorconfig</c>; the client's tab size, spaces and trimming where the file's configuration says nothing.</summary>
    private static DockerfileFormattingOptions FormattingOptionsFor(ServerDocument snapshot, FormattingOptions? client)
    {
        var properties = snapshot.Document.Configuration.FormattingProperties;
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        if (client != null)
        {
            merged["indent_style"] = client.InsertSpaces ? "space" : "tab";
            if (client.TabSize is >= 1 and <= 16)
            {
                merged["indent_size"] = client.TabSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (client.TrimTrailingWhitespace is bool trim)
            {
                merged["trim_trailing_whitespace"] = trim ? "true" : "false";
            }

            if (client.InsertFinalNewline is bool final)
            {
                merged["insert_final_newline"] = final ? "true" : "false";
            }
        }

        foreach (var pair in properties)
        {
            merged[pair.Key] = pair.Value;
        }

        return DockerfileFormattingOptions.FromProperties(merged);
    }

    private TextEdit[] ToEdits(SourceText text, ImmutableArray<TextChange> changes) =>
        changes.Select(c => new TextEdit { Range = _positions.ToRange(text, c.Span), NewText = c.NewText ?? string.Empty }).ToArray();
}
