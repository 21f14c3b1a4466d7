using System;
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
    public WordSyntax NameWord => (FirstChildNode<WordSyntax>() ?? throw new InvalidOperationException("Sequence contains no matching element"));

    /// <summary>The declared name.</summary>
    public string Name => NameWord.ValueText;

    /// <summary>The <c>=</c>, or a default token.</summary>
    public SyntaxToken EqualsToken => this.TokenOfKind(SyntaxKind.EqualsToken);

    /// <summary>The default value, or null when the ARG has none.</summary>
    public WordSyntax? DefaultValue => FirstChildNode<WordSyntax>(1);

    /// <summary>Whether a default is given (possibly empty).</summary>
    public bool HasDefault => EqualsToken.Kind != SyntaxKind.None;
}
