using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>COPY</c>: copies files from the context, a stage or an image.</summary>
public sealed class CopyInstructionSyntax : BaseCopyInstructionSyntax
{
    internal CopyInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }
}
