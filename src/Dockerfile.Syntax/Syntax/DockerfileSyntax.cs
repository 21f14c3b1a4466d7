using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>The root of a Dockerfile: parser directives, instructions and the end-of-file token.</summary>
public sealed class DockerfileSyntax : SyntaxNode
{
    internal DockerfileSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The parser directives at the top of the file (<c># syntax=</c>, <c># escape=</c>, <c># check=</c>).</summary>
    public IEnumerable<ParserDirectiveSyntax> Directives => ChildNodesOfType<ParserDirectiveSyntax>();

    /// <summary>The instructions, in order.</summary>
    public IEnumerable<InstructionSyntax> Instructions => ChildNodesOfType<InstructionSyntax>();

    /// <summary>The zero-width token at the end; its leading trivia holds the file's trailing comments and blank lines.</summary>
    public SyntaxToken EndOfFileToken => LastChildTokenOrThrow();
}
