using System;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>A <c>key=value</c> pair of ENV or LABEL, or the legacy <c>key value</c> form.</summary>
public sealed class KeyValuePairSyntax : SyntaxNode
{
    internal KeyValuePairSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The key.</summary>
    public WordSyntax Key => (FirstChildNode<WordSyntax>() ?? throw new InvalidOperationException("Sequence contains no matching element"));

    /// <summary>The <c>=</c>, or a default token in the legacy form.</summary>
    public SyntaxToken EqualsToken => this.TokenOfKind(SyntaxKind.EqualsToken);

    /// <summary>The value, or null when missing.</summary>
    public WordSyntax? Value => FirstChildNode<WordSyntax>(1);

    /// <summary>Whether this pair uses the legacy <c>KEY value</c> form (no <c>=</c>).</summary>
    public bool IsLegacyForm => EqualsToken.Kind == SyntaxKind.None;
}
