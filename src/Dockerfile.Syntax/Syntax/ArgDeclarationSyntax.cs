using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>One <c>name[=default]</c> of an ARG instruction.</summary>
public sealed class ArgDeclarationSyntax : SyntaxNode
{
    internal ArgDeclarationSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The name word.</summary>
    public WordSyntax NameWord => ChildNodes().OfType<WordSyntax>().First();

    /// <summary>The declared name.</summary>
    public string Name => NameWord.ValueText;

    /// <summary>The <c>=</c>, or a default token.</summary>
    public SyntaxToken EqualsToken => this.TokenOfKind(SyntaxKind.EqualsToken);

    /// <summary>The default value, or null when the ARG has none.</summary>
    public WordSyntax? DefaultValue => ChildNodes().OfType<WordSyntax>().Skip(1).FirstOrDefault();

    /// <summary>Whether a default is given (possibly empty).</summary>
    public bool HasDefault => EqualsToken.Kind != SyntaxKind.None;
}
