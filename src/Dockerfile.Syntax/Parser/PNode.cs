using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// A node under construction: the parser builds these, then freezes them into green nodes.
/// Instances come from a <see cref="ParseArena"/>, like <see cref="PToken"/>.
/// </summary>
internal sealed class PNode
{
    // Children are kept in an array of a struct rather than an object[]: storing into it needs no
    // array covariance check, which showed up in profiles of the parser.
    private Child[] _children = new Child[4];

    public SyntaxKind Kind { get; private set; }

    /// <summary>The number of children.</summary>
    public int Count { get; private set; }

    /// <summary>A child: a <see cref="PNode"/> or a <see cref="PToken"/>.</summary>
    public object this[int index] => _children[index].Value;

    public List<PDiagnostic>? Diagnostics { get; private set; }

    public void Init(SyntaxKind kind)
    {
        Kind = kind;
        if (_children.Length > 1024)
        {
            // Do not keep a pathological item's child array alive for the thread.
            _children = new Child[4];
        }

        // The old children are not cleared: they are arena objects, alive with the arena anyway.

        Count = 0;
        Diagnostics = null;
    }

    public void Add(PToken token) => AddChild(token);

    public void Add(PNode node) => AddChild(node);

    public void AddDiagnostic(DiagnosticDescriptor descriptor, int start, int end, params object?[] arguments)
    {
        // An empty logical span at a line continuation maps its start after the continuation and its end before
        // it (`RUN --x\` then ` \` at the end of the file, found by the parse fuzz target): keep it empty at the start.
        Diagnostics ??= new List<PDiagnostic>();
        Diagnostics.Add(new PDiagnostic(descriptor, start, end < start ? start : end, arguments));
    }

    public bool HasTokens()
    {
        for (int i = 0; i < Count; i++)
        {
            var child = _children[i].Value;
            if (child is PToken || ((PNode)child).HasTokens())
            {
                return true;
            }
        }

        return false;
    }

    private void AddChild(object child)
    {
        if (Count == _children.Length)
        {
            Array.Resize(ref _children, _children.Length * 2);
        }

        _children[Count++].Value = child;
    }

    private struct Child
    {
        public object Value;
    }
}
