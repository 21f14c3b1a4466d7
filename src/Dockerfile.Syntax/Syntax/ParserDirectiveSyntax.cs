using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A parser directive such as <c># escape=`</c>.</summary>
public sealed class ParserDirectiveSyntax : SyntaxNode
{
    internal ParserDirectiveSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The <c>#</c>.</summary>
    public SyntaxToken HashToken => this.TokenOfKind(SyntaxKind.HashToken);

    /// <summary>The directive's name token.</summary>
    public SyntaxToken NameToken => this.TokenOfKind(SyntaxKind.DirectiveNameToken);

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken => this.TokenOfKind(SyntaxKind.EqualsToken);

    /// <summary>The directive's value token.</summary>
    public SyntaxToken ValueToken => this.TokenOfKind(SyntaxKind.DirectiveValueToken);

    /// <summary>The line break after the directive.</summary>
    public SyntaxToken EndOfLineToken => this.TokenOfKind(SyntaxKind.EndOfLineToken);

    /// <summary>The directive's name in lower case (<c>syntax</c>, <c>escape</c> or <c>check</c>).</summary>
    public string Name => NameToken.Text.ToLowerInvariant();

    /// <summary>The directive's value, trimmed.</summary>
    public string Value => ValueToken.Text;
}
