using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A heredoc's body and terminator line, after the instruction that opened it.</summary>
public sealed class HeredocSyntax : SyntaxNode
{
    internal HeredocSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The body lines, line breaks included.</summary>
    public SyntaxToken BodyToken => this.TokenOfKind(SyntaxKind.HeredocBodyToken);

    /// <summary>The terminator (missing when the heredoc is unterminated).</summary>
    public SyntaxToken TerminatorToken => this.TokenOfKind(SyntaxKind.HeredocTerminatorToken);

    /// <summary>The line break after the terminator.</summary>
    public SyntaxToken EndOfLineToken => this.TokenOfKind(SyntaxKind.EndOfLineToken);

    /// <summary>The body text.</summary>
    public string Content => BodyToken.Text;

    /// <summary>The delimiter, e.g. <c>EOF</c>.</summary>
    public string Name => TerminatorToken.IsMissing ? string.Empty : TerminatorToken.Text;
}
