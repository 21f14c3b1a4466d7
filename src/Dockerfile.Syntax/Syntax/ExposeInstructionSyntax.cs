using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>EXPOSE</c>: documents ports.</summary>
public sealed class ExposeInstructionSyntax : InstructionSyntax
{
    internal ExposeInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The port words.</summary>
    public IEnumerable<WordSyntax> Ports => ChildNodesOfType<WordSyntax>();
}
