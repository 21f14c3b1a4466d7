using System;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Syntax;

/// <summary>Either a node or a token: one child of a node.</summary>
public readonly struct SyntaxNodeOrToken : IEquatable<SyntaxNodeOrToken>
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    /// <summary>Wraps a node.</summary>
    public SyntaxNodeOrToken(SyntaxNode node)
    {
        _node = node;
        _token = default;
    }

    /// <summary>Wraps a token.</summary>
    public SyntaxNodeOrToken(SyntaxToken token)
    {
        _node = null;
        _token = token;
    }

    /// <summary>Whether this is a node.</summary>
    public bool IsNode => _node != null;

    /// <summary>Whether this is a token.</summary>
    public bool IsToken => _node == null;

    /// <summary>The node, or null.</summary>
    public SyntaxNode? AsNode() => _node;

    /// <summary>The token, or a default token.</summary>
    public SyntaxToken AsToken() => _token;

    /// <summary>The kind.</summary>
    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

    /// <summary>The full span.</summary>
    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    /// <summary>The span without outer trivia.</summary>
    public TextSpan Span => _node?.Span ?? _token.Span;

    /// <summary>The text including trivia.</summary>
    public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();

    /// <inheritdoc />
    public override string ToString() => _node?.ToString() ?? _token.ToString();

    /// <summary>Converts a node.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node);

    /// <summary>Converts a token.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(token);

    /// <inheritdoc />
    public bool Equals(SyntaxNodeOrToken other) => ReferenceEquals(_node, other._node) && _token.Equals(other._token);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SyntaxNodeOrToken o && Equals(o);

    /// <inheritdoc />
    public override int GetHashCode() => _node?.GetHashCode() ?? _token.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxNodeOrToken left, SyntaxNodeOrToken right) => !left.Equals(right);
}
