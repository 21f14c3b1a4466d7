using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>STOPSIGNAL</c>: sets the stop signal.</summary>
public sealed class StopsignalInstructionSyntax : InstructionSyntax
{
    internal StopsignalInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The argument as one word (it may contain spaces), or null.</summary>
    public WordSyntax? Value => FirstChildNode<WordSyntax>();
}
