using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>One place where a stage, a variable or a heredoc delimiter is named.</summary>
public sealed class SymbolOccurrence
{
    internal SymbolOccurrence(TextSpan span, EditorSymbolKind kind, string name, bool isDeclaration, int symbolId, InstructionSyntax? instruction)
    {
        Span = span;
        Kind = kind;
        Name = name;
        IsDeclaration = isDeclaration;
        SymbolId = symbolId;
        Instruction = instruction;
    }

    /// <summary>Gets the span of the name in the tree's text.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets what the name stands for.</summary>
    public EditorSymbolKind Kind { get; }

    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether this occurrence declares (or assigns) the symbol rather than using it.</summary>
    public bool IsDeclaration { get; }

    /// <summary>Gets the symbol's identity within one model: occurrences of the same symbol share it.</summary>
    internal int SymbolId { get; }

    /// <summary>Gets the top-level instruction that holds the occurrence (whose scope a use sees).</summary>
    internal InstructionSyntax? Instruction { get; }

    /// <inheritdoc />
    public override string ToString() => (IsDeclaration ? "declaration " : "reference ") + Kind + " " + Name + " " + Span;
}
