using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>${NAME}</c>, <c>${NAME:-default}</c>, <c>${NAME/pattern/replacement}</c> and the other modifier forms.</summary>
public sealed class BracedVariableReferenceSyntax : VariableReferenceSyntax
{
    internal BracedVariableReferenceSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The <c>${</c>.</summary>
    public SyntaxToken OpenToken => FirstChildTokenOrThrow();

    /// <summary>The modifier (<c>:-</c>, <c>+</c>, <c>##</c>, <c>//</c>, ...), or a default token.</summary>
    public SyntaxToken ModifierToken => this.TokenOfKind(SyntaxKind.ModifierToken);

    /// <summary>The modifier's text, or an empty string.</summary>
    public string Modifier => ModifierToken.ValueText;

    /// <summary>The word after the modifier (the default, the alternative, the pattern), or null.</summary>
    public WordSyntax? Argument => FirstChildNode<WordSyntax>();

    /// <summary>The replacement word of <c>${NAME/pattern/replacement}</c>, or null.</summary>
    public WordSyntax? Replacement => FirstChildNode<WordSyntax>(1);

    /// <summary>The <c>}</c> (missing when unterminated).</summary>
    public SyntaxToken CloseBraceToken => this.TokenOfKind(SyntaxKind.CloseBraceToken);
}
