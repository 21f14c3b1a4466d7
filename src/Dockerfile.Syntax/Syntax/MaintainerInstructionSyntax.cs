using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>MAINTAINER</c> (deprecated): sets the author.</summary>
public sealed class MaintainerInstructionSyntax : InstructionSyntax
{
    internal MaintainerInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The author text, or null.</summary>
    public RawTextSyntax? Text => FirstChildNode<RawTextSyntax>();
}
