using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>CMD</c>: the container's default command.</summary>
public sealed class CmdInstructionSyntax : InstructionSyntax
{
    internal CmdInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The command in shell or exec form, or null when the instruction has no arguments.</summary>
    public CommandFormSyntax? Command => FirstChildNode<CommandFormSyntax>();
}
