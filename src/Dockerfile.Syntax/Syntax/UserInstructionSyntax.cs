using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>USER</c>: sets the user (and group).</summary>
public sealed class UserInstructionSyntax : InstructionSyntax
{
    internal UserInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The argument as one word (it may contain spaces), or null.</summary>
    public WordSyntax? Value => FirstChildNode<WordSyntax>();
}
