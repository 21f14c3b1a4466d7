using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>ONBUILD</c>: an instruction to run when the image is used as a base.</summary>
public sealed class OnbuildInstructionSyntax : InstructionSyntax
{
    internal OnbuildInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The wrapped instruction, or null.</summary>
    public InstructionSyntax? Instruction => FirstChildNode<InstructionSyntax>();
}
