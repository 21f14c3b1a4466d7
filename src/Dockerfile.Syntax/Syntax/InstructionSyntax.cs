using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>The base of every instruction: keyword, flags, arguments, line break and heredoc bodies.</summary>
public abstract class InstructionSyntax : SyntaxNode
{
    private protected InstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The instruction keyword as written (any casing).</summary>
    public SyntaxToken Keyword => FirstChildTokenOrThrow();

    /// <summary>The keyword in upper case, e.g. <c>RUN</c>.</summary>
    public string InstructionName => SyntaxFacts.GetInstructionKeyword(Kind) ?? Keyword.ValueText.ToUpperInvariant();

    /// <summary>The <c>--name=value</c> flags before the arguments.</summary>
    public IEnumerable<FlagSyntax> Flags => ChildNodesOfType<FlagSyntax>();

    /// <summary>The first flag with the given name (without dashes, case-sensitive as BuildKit), or null.</summary>
    public FlagSyntax? GetFlag(string name) => FindFlag(name);

    /// <summary>The line break that ends the instruction; a default token for an instruction wrapped by ONBUILD.</summary>
    public SyntaxToken EndOfLineToken => LastChildToken(SyntaxKind.EndOfLineToken);

    /// <summary>The heredoc bodies that follow the instruction line, in order.</summary>
    public IEnumerable<HeredocSyntax> Heredocs => ChildNodesOfType<HeredocSyntax>();

    private FlagSyntax? FindFlag(string name)
    {
        int position = Position;
        int count = Green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot.Kind == SyntaxKind.Flag && GetChildNode(i, position) is FlagSyntax flag && flag.Name == name)
            {
                return flag;
            }

            position += slot.FullWidth;
        }

        return null;
    }

    /// <summary>For an instruction wrapped by ONBUILD, the ONBUILD instruction; otherwise null.</summary>
    public OnbuildInstructionSyntax? ParentOnbuild => Parent as OnbuildInstructionSyntax;
}
