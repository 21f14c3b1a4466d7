using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>The command of RUN, CMD, ENTRYPOINT, SHELL or HEALTHCHECK: shell form or exec form.</summary>
public abstract class CommandFormSyntax : SyntaxNode
{
    private protected CommandFormSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>Whether this is the JSON exec form.</summary>
    public bool IsExecForm => Kind == SyntaxKind.ExecForm;
}
