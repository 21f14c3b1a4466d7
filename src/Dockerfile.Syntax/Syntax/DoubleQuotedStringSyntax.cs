using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A double-quoted string inside a word; it may hold variable references.</summary>
public sealed class DoubleQuotedStringSyntax : SyntaxNode
{
    internal DoubleQuotedStringSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The opening quote.</summary>
    public SyntaxToken OpenQuoteToken => FirstChildTokenOrThrow();

    /// <summary>The closing quote (missing when the string is unterminated).</summary>
    public SyntaxToken CloseQuoteToken => LastChildTokenOrThrow();

    /// <summary>The parts between the quotes.</summary>
    public IEnumerable<SyntaxNodeOrToken> Parts => ChildNodesAndTokens().Where(p => p.Kind != SyntaxKind.DoubleQuoteToken);
}
