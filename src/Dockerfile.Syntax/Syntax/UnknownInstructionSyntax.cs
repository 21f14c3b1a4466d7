using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>An instruction whose keyword BuildKit does not know; its arguments are kept verbatim.</summary>
public sealed class UnknownInstructionSyntax : InstructionSyntax
{
    internal UnknownInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The arguments as text, or null.</summary>
    public RawTextSyntax? Text => FirstChildNode<RawTextSyntax>();
}
