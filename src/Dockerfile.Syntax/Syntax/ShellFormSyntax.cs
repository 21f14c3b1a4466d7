using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>Shell-form command text, run by the instruction's shell.</summary>
public sealed class ShellFormSyntax : CommandFormSyntax
{
    // Computed on first use and kept: red nodes are cached by their parent, and analyzers ask again.
    private string? _commandText;

    internal ShellFormSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The command text as BuildKit passes it to the shell: continuations joined, leading spaces of continued lines kept.</summary>
    public string CommandText => _commandText ??= SyntaxFacts.ConcatValues(this);

    /// <summary>The text tokens, one per physical line piece.</summary>
    public IEnumerable<SyntaxToken> Segments => ChildTokens();
}
