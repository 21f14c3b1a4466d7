using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>$NAME</c>.</summary>
public sealed class SimpleVariableReferenceSyntax : VariableReferenceSyntax
{
    internal SimpleVariableReferenceSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The <c>$</c>.</summary>
    public SyntaxToken DollarToken => FirstChildTokenOrThrow();
}
