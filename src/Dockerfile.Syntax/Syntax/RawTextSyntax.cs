using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>Verbatim argument text (MAINTAINER, an unknown instruction).</summary>
public sealed class RawTextSyntax : SyntaxNode
{
    internal RawTextSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The text with continuations joined.</summary>
    public string Text => SyntaxFacts.ConcatValues(this);
}
