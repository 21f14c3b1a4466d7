using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>HEALTHCHECK</c>: <c>NONE</c>, or options and <c>CMD</c>.</summary>
public sealed class HealthcheckInstructionSyntax : InstructionSyntax
{
    internal HealthcheckInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The command in shell or exec form, or null when the instruction has no arguments.</summary>
    public CommandFormSyntax? Command => FirstChildNode<CommandFormSyntax>();

    /// <summary>The <c>CMD</c> or <c>NONE</c> keyword (or whatever word stands there).</summary>
    public SyntaxToken TypeKeyword => this.TokenOfKind(SyntaxKind.KeywordToken);

    /// <summary>Whether this is <c>HEALTHCHECK NONE</c>.</summary>
    public bool IsNone => string.Equals(TypeKeyword.ValueText, "NONE", System.StringComparison.OrdinalIgnoreCase);
}
