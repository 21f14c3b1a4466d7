using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>RUN</c>: runs a command in a new layer.</summary>
public sealed class RunInstructionSyntax : InstructionSyntax
{
    internal RunInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The command in shell or exec form, or null when the instruction has no arguments.</summary>
    public CommandFormSyntax? Command => FirstChildNode<CommandFormSyntax>();
}
