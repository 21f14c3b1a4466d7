using System;
using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Syntax;

/// <summary>A token: a keyword, a piece of a word, a JSON string, a line break... with its trivia.</summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken? green, int position, int index)
    {
        Parent = parent;
        Green = green;
        Position = position;
        Index = index;
    }

    internal GreenToken? Green { get; }

    /// <summary>The node that contains this token.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>The absolute start of the token's full span (leading trivia included).</summary>
    public int Position { get; }

    internal int Index { get; }

    /// <summary>The kind of the token; <see cref="SyntaxKind.None"/> for a default token.</summary>
    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;

    /// <summary>The token's text as written, line continuations included.</summary>
    public string Text => Green?.Text ?? string.Empty;

    /// <summary>
    /// The token's value: its text with line continuations (and the comment or blank lines inside
    /// them) removed; for a JSON string, the unescaped string.
    /// </summary>
    public string ValueText => Green?.Value ?? string.Empty;

    /// <summary>The length of <see cref="ValueText"/>, without making the string when the value is the text.</summary>
    internal int ValueLength => Green?.ValueLength ?? 0;

    /// <summary>Whether the parser inserted this token without text because the source lacked it.</summary>
    public bool IsMissing => Green?.IsMissing ?? false;

    /// <summary>The span of the token's text, trivia excluded.</summary>
    public TextSpan Span => Green == null ? default : new TextSpan(Position + Green.LeadingWidth, Green.TextLength);

    /// <summary>The span of the token with its trivia.</summary>
    public TextSpan FullSpan => Green == null ? default : new TextSpan(Position, Green.FullWidth);

    /// <summary>The trivia before the token.</summary>
    public SyntaxTriviaList LeadingTrivia => Green == null ? default : new SyntaxTriviaList(this, Green.Leading, Position);

    /// <summary>The trivia after the token.</summary>
    public SyntaxTriviaList TrailingTrivia => Green == null ? default : new SyntaxTriviaList(this, Green.Trailing, Position + Green.LeadingWidth + Green.TextLength);

    /// <summary>Whether the token has leading trivia.</summary>
    public bool HasLeadingTrivia => Green is { Leading.Length: > 0 };

    /// <summary>Whether the token has trailing trivia.</summary>
    public bool HasTrailingTrivia => Green is { Trailing.Length: > 0 };

    /// <summary>The syntax tree that contains this token.</summary>
    public DockerfileSyntaxTree? SyntaxTree => Parent?.SyntaxTree;

    /// <summary>The token's text without trivia.</summary>
    public override string ToString() => Text;

    /// <summary>The token's text with its trivia.</summary>
    public string ToFullString() => Green?.ToFullString() ?? string.Empty;

    /// <summary>Whether the two tokens have the same kind, text and trivia.</summary>
    public bool IsEquivalentTo(SyntaxToken other) =>
        Green == null ? other.Green == null : other.Green != null && Green.IsEquivalentTo(other.Green);

    /// <summary>Whether the two tokens share the same underlying green token (proof of incremental reuse).</summary>
    public bool IsIncrementallyIdenticalTo(SyntaxToken other) => Green != null && ReferenceEquals(Green, other.Green);

    /// <summary>Returns a copy of this token (detached from any tree) with the given leading trivia text, which is parsed as trivia.</summary>
    public SyntaxToken WithLeadingTrivia(params SyntaxTrivia[] trivia) => new(null, Green?.WithLeading(ToGreen(trivia)), 0, 0);

    /// <summary>Returns a copy of this token (detached from any tree) with the given trailing trivia.</summary>
    public SyntaxToken WithTrailingTrivia(params SyntaxTrivia[] trivia) => new(null, Green?.WithTrailing(ToGreen(trivia)), 0, 0);

    /// <summary>
    /// Returns a detached copy of this token with new raw text and trivia kept. Use it with
    /// <see cref="SyntaxNode.ReplaceToken"/> or a <see cref="DockerfileSyntaxRewriter"/>; the caller is
    /// responsible for the text still meaning a token of the same kind.
    /// </summary>
    /// <param name="text">The raw source text of the new token.</param>
    /// <param name="valueText">The cooked value, when it differs from <paramref name="text"/> (for example when a line continuation splits the token).</param>
    /// <returns>The new token, or a default token when this one is default.</returns>
    public SyntaxToken WithText(string text, string? valueText = null)
    {
        if (text == null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (Green == null)
        {
            return default;
        }

        string? value = valueText == null || valueText == text ? null : valueText;
        return new(null, GreenToken.Create(Green.Kind, text, value, Green.Leading, Green.Trailing), 0, 0);
    }

    private static GreenTrivia[] ToGreen(SyntaxTrivia[] trivia)
    {
        var result = new GreenTrivia[trivia.Length];
        for (int i = 0; i < trivia.Length; i++)
        {
            result[i] = trivia[i].Green;
        }

        return result;
    }

    /// <summary>The next token in the tree, or a default token at the end.</summary>
    public SyntaxToken GetNextToken()
    {
        if (Parent == null)
        {
            return default;
        }

        var root = Parent;
        while (root.Parent != null)
        {
            root = root.Parent;
        }

        int end = FullSpan.End;
        return end >= root.FullSpan.End ? default : root.FindToken(end);
    }

    /// <summary>The previous token in the tree, or a default token at the start.</summary>
    public SyntaxToken GetPreviousToken()
    {
        if (Parent == null || Position == 0)
        {
            return default;
        }

        var root = Parent;
        while (root.Parent != null)
        {
            root = root.Parent;
        }

        return root.FindToken(Position - 1);
    }

    /// <inheritdoc />
    public bool Equals(SyntaxToken other) => ReferenceEquals(Green, other.Green) && Position == other.Position && ReferenceEquals(Parent, other.Parent);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SyntaxToken t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => (Green?.GetHashCode() ?? 0) ^ Position;

    /// <summary>Equality of tokens.</summary>
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    /// <summary>Inequality of tokens.</summary>
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
