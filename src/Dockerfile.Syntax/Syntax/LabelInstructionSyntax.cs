using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>LABEL</c>: adds image metadata.</summary>
public sealed class LabelInstructionSyntax : InstructionSyntax
{
    internal LabelInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The pairs.</summary>
    public IEnumerable<KeyValuePairSyntax> Pairs => ChildNodesOfType<KeyValuePairSyntax>();
}
