using System;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// The nodes and tokens under construction for one top-level item, reused from item to item: the
/// parser takes them in order and <see cref="Reset"/> hands them all back at once after the item is
/// frozen, with no walk over the tree and no allocation once the arena has grown to the largest item.
/// One arena per thread; the items of a parse are built one after another, so they never overlap.
/// </summary>
internal sealed class ParseArena
{
    // An arena that grew past this (a pathological item) is dropped rather than kept for the thread.
    private const int MaxKept = 8192;

    [ThreadStatic]
    private static ParseArena? s_current;

    private PToken[] _tokens = new PToken[64];
    private PNode[] _nodes = new PNode[32];
    private char[] _logical = new char[256];
    private int _tokenCount;
    private int _nodeCount;

    /// <summary>Scratch: the current item's tokens in text order (filled by the token builder).</summary>
    public System.Collections.Generic.List<PToken> Flat { get; } = new();

    /// <summary>Scratch: the trivia of one gap between tokens.</summary>
    public System.Collections.Generic.List<GreenTrivia> Trivia { get; } = new();

    /// <summary>Scratch: the physical pieces of the current instruction's logical line.</summary>
    public System.Collections.Generic.List<Segment> Segments { get; } = new();

    /// <summary>The table of shared short tokens, cleared by each parse for the part it uses.</summary>
    public GreenToken?[] TokenTable { get; } = new GreenToken?[4096];

    /// <summary>Copies the segments of an instruction into the logical-line buffer and returns it (valid until the next call).</summary>
    public char[] CopyLogicalLine(string text, System.Collections.Generic.List<Segment> segments, int logicalLength)
    {
        if (_logical.Length < logicalLength)
        {
            _logical = new char[Math.Max(logicalLength, _logical.Length * 2)];
        }

        foreach (var segment in segments)
        {
            text.CopyTo(segment.PhysicalStart, _logical, segment.LogicalStart, segment.Length);
        }

        return _logical;
    }

    /// <summary>The calling thread's arena.</summary>
    public static ParseArena ForCurrentThread => s_current ??= new ParseArena();

    public PToken Token(SyntaxKind kind, int start, int end, string? value = null, bool missing = false)
    {
        if (_tokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        var token = _tokens[_tokenCount] ??= new PToken();
        _tokenCount++;
        token.Init(kind, start, end, value, missing);
        return token;
    }

    public PNode Node(SyntaxKind kind)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        var node = _nodes[_nodeCount] ??= new PNode();
        _nodeCount++;
        node.Init(kind);
        return node;
    }

    /// <summary>Takes back every node and token handed out since the last reset.</summary>
    public void Reset()
    {
        _tokenCount = 0;
        _nodeCount = 0;
        if (_tokens.Length > MaxKept || _nodes.Length > MaxKept)
        {
            _tokens = new PToken[64];
            _nodes = new PNode[32];
            Flat.Clear();
            Flat.Capacity = 0;
            Trivia.Clear();
            Trivia.Capacity = 0;
        }

        if (_logical.Length > 65536)
        {
            _logical = new char[256];
        }

        if (Segments.Capacity > MaxKept)
        {
            Segments.Clear();
            Segments.Capacity = 0;
        }
    }
}
