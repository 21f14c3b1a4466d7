using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>FROM</c>: starts a build stage.</summary>
public sealed class FromInstructionSyntax : InstructionSyntax
{
    internal FromInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The argument words (image, name).</summary>
    public IEnumerable<WordSyntax> Words => ChildNodesOfType<WordSyntax>();

    /// <summary>The image reference word, or null.</summary>
    public WordSyntax? Image => Words.FirstOrDefault();

    /// <summary>The <c>AS</c> keyword, or a default token.</summary>
    public SyntaxToken AsKeyword => this.TokenOfKind(SyntaxKind.KeywordToken);

    /// <summary>The stage name word after <c>AS</c>, or null.</summary>
    public WordSyntax? StageName => AsKeyword.Kind == SyntaxKind.None ? null : Words.Skip(1).FirstOrDefault();

    /// <summary>The <c>--platform</c> flag, or null.</summary>
    public FlagSyntax? Platform => GetFlag("platform");
}
