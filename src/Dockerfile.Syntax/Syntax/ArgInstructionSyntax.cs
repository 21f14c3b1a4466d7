using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>ARG</c>: declares build arguments.</summary>
public sealed class ArgInstructionSyntax : InstructionSyntax
{
    internal ArgInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The declarations.</summary>
    public IEnumerable<ArgDeclarationSyntax> Declarations => ChildNodesOfType<ArgDeclarationSyntax>();
}
