using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>A node of the document outline: a stage, an instruction, a variable or a directive, with its children.</summary>
public sealed class DocumentSymbol
{
    internal DocumentSymbol(string name, string? detail, DocumentSymbolKind kind, TextSpan span, TextSpan selectionSpan, ImmutableArray<DocumentSymbol> children, bool isDeprecated = false)
    {
        Name = name;
        Detail = detail;
        Kind = kind;
        Span = span;
        SelectionSpan = selectionSpan;
        Children = children.IsDefault ? ImmutableArray<DocumentSymbol>.Empty : children;
        IsDeprecated = isDeprecated;
    }

    /// <summary>Gets the name shown in the outline.</summary>
    public string Name { get; }

    /// <summary>Gets more text shown beside the name (an instruction's arguments, a stage's base image), or <see langword="null"/>.</summary>
    public string? Detail { get; }

    /// <summary>Gets what the symbol stands for.</summary>
    public DocumentSymbolKind Kind { get; }

    /// <summary>Gets the whole extent of the symbol (an instruction's span, heredocs included; a stage up to its last instruction).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the part to select when the symbol is chosen (a stage's name, an instruction's keyword); inside <see cref="Span"/>.</summary>
    public TextSpan SelectionSpan { get; }

    /// <summary>Gets the nested symbols, in document order.</summary>
    public ImmutableArray<DocumentSymbol> Children { get; }

    /// <summary>Gets a value indicating whether the symbol is deprecated (MAINTAINER).</summary>
    public bool IsDeprecated { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Name + " " + Span;
}
