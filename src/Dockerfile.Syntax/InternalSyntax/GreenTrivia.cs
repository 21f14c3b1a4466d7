using System.Collections.Concurrent;
using System.Text;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>A piece of trivia: whitespace, a line break, a comment, a continuation.</summary>
internal sealed class GreenTrivia : GreenNode
{
    private static readonly ConcurrentDictionary<(SyntaxKind, string), GreenTrivia> s_cache = new();

    private GreenTrivia(SyntaxKind kind, string text)
        : base(kind, text.Length, kind == SyntaxKind.SkippedTextTrivia ? NodeFlags.ContainsSkippedText : NodeFlags.None)
    {
        Text = text;
    }

    public string Text { get; }

    /// <summary>Whether the trivia is one of the shared instances (so it can be compared by reference).</summary>
    public static bool IsShared(GreenTrivia trivia) =>
        trivia.Text.Length <= 4 && trivia.Kind != SyntaxKind.CommentTrivia && s_cache.TryGetValue((trivia.Kind, trivia.Text), out var shared) && ReferenceEquals(shared, trivia);

    /// <summary>Creates trivia, sharing one instance for short common texts (a space, a line break, a continuation).</summary>
    public static GreenTrivia Create(SyntaxKind kind, string text)
    {
        if (text.Length <= 4 && kind != SyntaxKind.CommentTrivia)
        {
            return s_cache.GetOrAdd((kind, text), static key => new GreenTrivia(key.Item1, key.Item2));
        }

        return new GreenTrivia(kind, text);
    }

    public override void WriteTo(StringBuilder builder) => builder.Append(Text);

    public override bool IsEquivalentTo(GreenNode other) =>
        other is GreenTrivia t && t.Kind == Kind && t.Text == Text;
}
