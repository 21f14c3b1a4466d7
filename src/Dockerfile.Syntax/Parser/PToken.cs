using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>A token under construction, located by its physical span in the source text.</summary>
internal sealed class PToken
{
    public PToken(SyntaxKind kind, int start, int end, string? value = null, bool missing = false)
    {
        Kind = kind;
        Start = start;
        End = end;
        Value = value;
        Missing = missing;
    }

    public SyntaxKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public string? Value { get; }

    public bool Missing { get; }

    public GreenToken? Green { get; set; }

    public int FullStart { get; set; }
}
