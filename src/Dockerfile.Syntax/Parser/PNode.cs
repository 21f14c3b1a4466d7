using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax.Parser;

/// <summary>A node under construction: the parser builds these, then freezes them into green nodes.</summary>
internal sealed class PNode
{
    public PNode(SyntaxKind kind)
    {
        Kind = kind;
    }

    public SyntaxKind Kind { get; }

    /// <summary>Children: <see cref="PNode"/> or <see cref="PToken"/>.</summary>
    public List<object> Children { get; } = new();

    public List<PDiagnostic>? Diagnostics { get; private set; }

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
