using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// A node under construction: the parser builds these, then freezes them into green nodes.
/// Instances are pooled per thread, like <see cref="PToken"/>.
/// </summary>
internal sealed class PNode
{
    private const int MaxPooled = 1024;

    [System.ThreadStatic]
    private static Stack<PNode>? s_pool;

    private PNode()
    {
    }

    public SyntaxKind Kind { get; private set; }

    /// <summary>Children: <see cref="PNode"/> or <see cref="PToken"/>.</summary>
    public List<object> Children { get; } = new();

    public List<PDiagnostic>? Diagnostics { get; private set; }

    public static PNode Rent(SyntaxKind kind)
    {
        var pool = s_pool;
        var node = pool != null && pool.Count > 0 ? pool.Pop() : new PNode();
        node.Kind = kind;
        return node;
    }

    /// <summary>Returns this node, its descendants and their tokens to the pools.</summary>
    public void ReturnTree()
    {
        foreach (var child in Children)
        {
            if (child is PNode node)
            {
                node.ReturnTree();
            }
            else
            {
                PToken.Return((PToken)child);
            }
        }

        Children.Clear();
        Diagnostics = null;
        var pool = s_pool ??= new Stack<PNode>();
        if (pool.Count < MaxPooled && Children.Capacity <= 64)
        {
            pool.Push(this);
        }
    }

    public void Add(object child) => Children.Add(child);

    public void AddDiagnostic(DiagnosticDescriptor descriptor, int start, int end, params object?[] arguments)
    {
        Diagnostics ??= new List<PDiagnostic>();
        Diagnostics.Add(new PDiagnostic(descriptor, start, end, arguments));
    }

    public bool HasTokens()
    {
        foreach (var child in Children)
        {
            if (child is PToken || (child is PNode n && n.HasTokens()))
            {
                return true;
            }
        }

        return false;
    }
}
