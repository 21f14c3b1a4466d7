using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A word: literal text, quoted strings and variable references, as BuildKit's shell lexer sees them.</summary>
public sealed class WordSyntax : SyntaxNode
{
    // Computed on first use and kept: red nodes are cached by their parent, and analyzers ask again.
    private string? _valueText;

    internal WordSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The parts of the word: literal tokens, quoted strings and variable references.</summary>
    public IEnumerable<SyntaxNodeOrToken> Parts => ChildNodesAndTokens();

    /// <summary>The word as written, with line continuations removed (quotes and escapes kept).</summary>
    public string ValueText => _valueText ??= SyntaxFacts.ConcatValues(this);

    /// <summary>Whether the word has a variable reference anywhere inside.</summary>
    public bool ContainsVariableReference => DescendantNodes().Any(n => n is VariableReferenceSyntax);

    /// <summary>The variable references in the word, nested ones included.</summary>
    public IEnumerable<VariableReferenceSyntax> VariableReferences => DescendantNodes().OfType<VariableReferenceSyntax>();
}
