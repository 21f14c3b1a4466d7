using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// A token under construction, located by its physical span in the source text. Instances are
/// pooled per thread: they live only until their item is frozen into green nodes.
/// </summary>
internal sealed class PToken
{
    private const int MaxPooled = 4096;

    [System.ThreadStatic]
    private static Stack<PToken>? s_pool;

    private PToken()
    {
    }

    public SyntaxKind Kind { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    public string? Value { get; private set; }

    public bool Missing { get; private set; }

    public GreenToken? Green { get; set; }

    public int FullStart { get; set; }

    public static PToken Rent(SyntaxKind kind, int start, int end, string? value = null, bool missing = false)
    {
        var pool = s_pool;
        var token = pool != null && pool.Count > 0 ? pool.Pop() : new PToken();
        token.Kind = kind;
        token.Start = start;
        token.End = end;
        token.Value = value;
        token.Missing = missing;
        token.Green = null;
        token.FullStart = 0;
        return token;
    }

    public static void Return(PToken token)
    {
        var pool = s_pool ??= new Stack<PToken>();
        if (pool.Count < MaxPooled)
        {
            token.Value = null;
            token.Green = null;
            pool.Push(token);
        }
    }
}
