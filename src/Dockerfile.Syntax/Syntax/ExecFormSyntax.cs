using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>An exec-form JSON array such as <c>["nginx", "-g", "daemon off;"]</c>.</summary>
public sealed class ExecFormSyntax : CommandFormSyntax
{
    // Computed on first use and kept: red nodes are cached by their parent, and analyzers ask again.
    private IReadOnlyList<string>? _values;

    internal ExecFormSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The <c>[</c>.</summary>
    public SyntaxToken OpenBracketToken => FirstChildTokenOrThrow();

    /// <summary>The <c>]</c>.</summary>
    public SyntaxToken CloseBracketToken => this.TokenOfKind(SyntaxKind.CloseBracketToken);

    /// <summary>The elements (strings, or other JSON values in an invalid array).</summary>
    public IEnumerable<SyntaxToken> Elements => ChildTokens().Where(t => t.Kind is SyntaxKind.StringLiteralToken or SyntaxKind.JsonValueToken);

    /// <summary>The unescaped string values of the elements.</summary>
    public IReadOnlyList<string> Values => _values ??= Elements.Select(t => t.ValueText).ToArray();
}
