using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// A token under construction, located by its physical span in the source text. Instances come from
/// a <see cref="ParseArena"/>: they live only until their item is frozen into green nodes.
/// </summary>
internal sealed class PToken
{
    public SyntaxKind Kind { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    public string? Value { get; private set; }

    public bool Missing { get; private set; }

    public GreenToken? Green { get; set; }

    public int FullStart { get; set; }

    public void Init(SyntaxKind kind, int start, int end, string? value, bool missing)
    {
        Kind = kind;
        Start = start;
        End = end;
        Value = value;
        Missing = missing;
        Green = null;
        FullStart = 0;
    }
}
