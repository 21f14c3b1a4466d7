using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>One completion proposal.</summary>
public sealed class CompletionItem
{
    internal CompletionItem(string label, CompletionItemKind kind, TextSpan span, string insertText, bool isSnippet, string? detail, string? documentation, int order)
    {
        Label = label;
        Kind = kind;
        Span = span;
        InsertText = insertText;
        IsSnippet = isSnippet;
        Detail = detail;
        Documentation = documentation;
        SortText = order.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the text shown in the list.</summary>
    public string Label { get; }

    /// <summary>Gets what the item inserts.</summary>
    public CompletionItemKind Kind { get; }

    /// <summary>Gets the text the item replaces (what is typed of it so far; empty at the cursor).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the text to insert in place of <see cref="Span"/>; a snippet when <see cref="IsSnippet"/>.</summary>
    public string InsertText { get; }

    /// <summary>Gets a value indicating whether <see cref="InsertText"/> uses LSP snippet syntax (<c>${1:name}</c>).</summary>
    public bool IsSnippet { get; }

    /// <summary>Gets a short detail (a flag's syntax, a variable's value), or <see langword="null"/>.</summary>
    public string? Detail { get; }

    /// <summary>Gets the documentation in Markdown, or <see langword="null"/>.</summary>
    public string? Documentation { get; }

    /// <summary>Gets a key that keeps the service's order when a client sorts.</summary>
    public string SortText { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Label;
}
