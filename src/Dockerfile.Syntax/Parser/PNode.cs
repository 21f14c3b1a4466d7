using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// A node under construction: the parser builds these, then freezes them into green nodes.
/// Instances come from a <see cref="ParseArena"/>, like <see cref="PToken"/>.
/// </summary>
internal sealed class PNode
{
    public SyntaxKind Kind { get; private set; }

    /// <summary>Children: <see cref="PNode"/> or <see cref="PToken"/>.</summary>
    public List<object> Children { get; } = new();

    public List<PDiagnostic>? Diagnostics { get; private set; }

    public void Init(SyntaxKind kind)
    {
        Kind = kind;
        Children.Clear();
        if (Children.Capacity > 1024)
        {
            // Do not keep a pathological item's child list alive for the thread.
            Children.Capacity = 16;
        }

        Diagnostics = null;
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
