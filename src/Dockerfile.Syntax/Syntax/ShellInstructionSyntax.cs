using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>SHELL</c>: the shell for later shell-form commands.</summary>
public sealed class ShellInstructionSyntax : InstructionSyntax
{
    internal ShellInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The command in shell or exec form, or null when the instruction has no arguments.</summary>
    public CommandFormSyntax? Command => FirstChildNode<CommandFormSyntax>();
}
