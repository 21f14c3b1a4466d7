using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>What <c>COPY</c> and <c>ADD</c> share: sources and a destination, as words or in JSON form.</summary>
public abstract class BaseCopyInstructionSyntax : InstructionSyntax
{
    // Computed on first use and kept: red nodes are cached by their parent, and analyzers ask again.
    private IReadOnlyList<string>? _arguments;
    private IReadOnlyList<string>? _sources;

    private protected BaseCopyInstructionSyntax(GreenNode green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    /// <summary>The whitespace-separated argument words (empty in exec form).</summary>
    public IEnumerable<WordSyntax> Words => ChildNodesOfType<WordSyntax>();

    /// <summary>The JSON form, or null.</summary>
    public ExecFormSyntax? ExecForm => FirstChildNode<ExecFormSyntax>();

    /// <summary>The arguments' values: words with continuations removed, or the JSON strings.</summary>
    public IReadOnlyList<string> Arguments => _arguments ??= ExecForm?.Values ?? Words.Select(w => w.ValueText).ToArray();

    /// <summary>The sources (every argument but the last).</summary>
    public IReadOnlyList<string> Sources => _sources ??= Arguments.Take(System.Math.Max(0, Arguments.Count - 1)).ToArray();

    /// <summary>The destination (the last argument), or null when there are fewer than two arguments.</summary>
    public string? Destination => Arguments.Count > 1 ? Arguments[Arguments.Count - 1] : null;
}
