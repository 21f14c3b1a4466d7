using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A variable reference: <c>$NAME</c> or <c>${NAME...}</c>.</summary>
public abstract class VariableReferenceSyntax : SyntaxNode
{
    private protected VariableReferenceSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The name token.</summary>
    public SyntaxToken NameToken => this.TokenOfKind(SyntaxKind.VariableNameToken);

    /// <summary>The variable's name.</summary>
    public string Name => NameToken.ValueText;
}
