using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A flag such as <c>--mount=type=cache,target=/root/.cache</c>.</summary>
public sealed class FlagSyntax : SyntaxNode
{
    internal FlagSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The flag's name token, dashes included.</summary>
    public SyntaxToken NameToken => FirstChildTokenOrThrow();

    /// <summary>The flag's name without the leading dashes, e.g. <c>mount</c>.</summary>
    public string Name => NameToken.ValueText.TrimStart('-');

    /// <summary>The <c>=</c>, or a default token when the flag has no value.</summary>
    public SyntaxToken EqualsToken => this.TokenOfKind(SyntaxKind.EqualsToken);

    /// <summary>The value word, or null for a flag without <c>=</c>.</summary>
    public WordSyntax? Value => FirstChildNode<WordSyntax>();
}
