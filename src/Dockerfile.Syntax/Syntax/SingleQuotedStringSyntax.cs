using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A single-quoted string inside a word: no escapes and no variables inside.</summary>
public sealed class SingleQuotedStringSyntax : SyntaxNode
{
    internal SingleQuotedStringSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The opening quote.</summary>
    public SyntaxToken OpenQuoteToken => FirstChildTokenOrThrow();

    /// <summary>The closing quote (missing when the string is unterminated).</summary>
    public SyntaxToken CloseQuoteToken => LastChildTokenOrThrow();

    /// <summary>The text between the quotes.</summary>
    public string ContentText => string.Concat(ChildTokens().Where(t => t.Kind == SyntaxKind.QuotedTextToken).Select(t => t.ValueText));
}
