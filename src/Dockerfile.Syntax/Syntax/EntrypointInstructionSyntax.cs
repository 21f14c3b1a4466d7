using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>ENTRYPOINT</c>: the container's executable.</summary>
public sealed class EntrypointInstructionSyntax : InstructionSyntax
{
    internal EntrypointInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The command in shell or exec form, or null when the instruction has no arguments.</summary>
    public CommandFormSyntax? Command => FirstChildNode<CommandFormSyntax>();
}
