using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary><c>VOLUME</c>: declares mount points.</summary>
public sealed class VolumeInstructionSyntax : InstructionSyntax
{
    internal VolumeInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The whitespace-separated argument words (empty in exec form).</summary>
    public IEnumerable<WordSyntax> Words => ChildNodesOfType<WordSyntax>();

    /// <summary>The JSON form, or null.</summary>
    public ExecFormSyntax? ExecForm => FirstChildNode<ExecFormSyntax>();

    /// <summary>The arguments' values: words with continuations removed, or the JSON strings.</summary>
    public IReadOnlyList<string> Arguments => ExecForm?.Values ?? Words.Select(w => w.ValueText).ToList();
}
