using System;
using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Syntax;

/// <summary>A piece of trivia (whitespace, a line break, a comment, a line continuation) attached to a token.</summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia green, int position)
    {
        Token = token;
        Green = green;
        Position = position;
    }

    internal GreenTrivia Green { get; }

    /// <summary>The token this trivia belongs to.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The absolute start position.</summary>
    public int Position { get; }

    /// <summary>The kind of trivia.</summary>
    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;

    /// <summary>The text of the trivia.</summary>
    public string Text => Green?.Text ?? string.Empty;

    /// <summary>The span of the trivia.</summary>
    public TextSpan Span => new(Position, Text.Length);

    /// <summary>The span of the trivia (trivia has no trivia of its own).</summary>
    public TextSpan FullSpan => Span;

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Returns the text of the trivia.</summary>
    public string ToFullString() => Text;

    /// <inheritdoc />
    public bool Equals(SyntaxTrivia other) => ReferenceEquals(Green, other.Green) && Position == other.Position && Token.Equals(other.Token);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SyntaxTrivia t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => (Green?.GetHashCode() ?? 0) ^ Position;

    /// <summary>Equality of trivia.</summary>
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    /// <summary>Inequality of trivia.</summary>
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);
}
