using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>ENV</c>: sets environment variables.</summary>
public sealed class EnvInstructionSyntax : InstructionSyntax
{
    internal EnvInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The pairs.</summary>
    public IEnumerable<KeyValuePairSyntax> Pairs => ChildNodesOfType<KeyValuePairSyntax>();
}
