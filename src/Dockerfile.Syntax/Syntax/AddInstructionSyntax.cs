using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>ADD</c>: copies files, URLs or git repositories.</summary>
public sealed class AddInstructionSyntax : BaseCopyInstructionSyntax
{
    internal AddInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }
}
