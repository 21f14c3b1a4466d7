using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>WORKDIR</c>: sets the working directory.</summary>
public sealed class WorkdirInstructionSyntax : InstructionSyntax
{
    internal WorkdirInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The argument as one word (it may contain spaces), or null.</summary>
    public WordSyntax? Value => FirstChildNode<WordSyntax>();
}
