using System.Collections.Concurrent;
using System.Text;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>
/// A piece of trivia: whitespace, a line break, a comment, a continuation. Short common trivia
/// (a space, a line break, a continuation) are shared instances; others slice their source string.
/// </summary>
internal sealed class GreenTrivia : GreenNode
{
    private static readonly ConcurrentDictionary<(SyntaxKind, string), GreenTrivia> s_cache = new();

    private static readonly GreenTrivia s_space = Create(SyntaxKind.WhitespaceTrivia, " ", 0, 1, cache: true);
    private static readonly GreenTrivia s_lineFeed = Create(SyntaxKind.EndOfLineTrivia, "\n", 0, 1, cache: true);
    private static readonly GreenTrivia s_crlf = Create(SyntaxKind.EndOfLineTrivia, "\r\n", 0, 2, cache: true);

    private readonly string _source;
    private readonly int _start;
    private readonly bool _shared;
    private GreenTrivia[]? _singleton;

    private GreenTrivia(SyntaxKind kind, string source, int start, int length, bool shared)
        : base(kind, length, kind == SyntaxKind.SkippedTextTrivia ? NodeFlags.ContainsSkippedText : NodeFlags.None)
    {
        _source = source;
        _start = start;
        _shared = shared;
    }

    /// <summary>The trivia's text.</summary>
    public string Text => _start == 0 && FullWidth == _source.Length ? _source : _source.Substring(_start, FullWidth);

    /// <summary>Whether this is one of the shared instances (so it can be compared by reference).</summary>
    public static bool IsShared(GreenTrivia trivia) => trivia._shared;

    /// <summary>A one-element array holding this shared trivia, itself shared.</summary>
    public GreenTrivia[]? SingletonArray => _shared ? _singleton ??= new[] { this } : null;

    /// <summary>Creates trivia for <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public static GreenTrivia Create(SyntaxKind kind, string source, int start, int length)
    {
        // The commonest trivia by far: found without a substring or a dictionary lookup.
        if (length == 1)
        {
            char c = source[start];
            if (c == ' ' && kind == SyntaxKind.WhitespaceTrivia)
            {
                return s_space;
            }

            if (c == '\n' && kind == SyntaxKind.EndOfLineTrivia)
            {
                return s_lineFeed;
            }
        }
        else if (length == 2 && kind == SyntaxKind.EndOfLineTrivia && source[start] == '\r' && source[start + 1] == '\n')
        {
            return s_crlf;
        }

        if (length <= 4 && kind != SyntaxKind.CommentTrivia && kind != SyntaxKind.SkippedTextTrivia)
        {
            string text = source.Substring(start, length);
            return s_cache.GetOrAdd((kind, text), static key => new GreenTrivia(key.Item1, key.Item2, 0, key.Item2.Length, shared: true));
        }

        return new GreenTrivia(kind, source, start, length, shared: false);
    }

    private static GreenTrivia Create(SyntaxKind kind, string text, int start, int length, bool cache) =>
        s_cache.GetOrAdd((kind, text.Substring(start, length)), static key => new GreenTrivia(key.Item1, key.Item2, 0, key.Item2.Length, shared: true));

    /// <summary>Creates trivia that owns its text.</summary>
    public static GreenTrivia Create(SyntaxKind kind, string text) => Create(kind, text, 0, text.Length);

    public override void WriteTo(StringBuilder builder) => builder.Append(_source, _start, FullWidth);

    public override bool IsEquivalentTo(GreenNode other) =>
        ReferenceEquals(this, other)
        || (other is GreenTrivia t && t.Kind == Kind && t.FullWidth == FullWidth && string.CompareOrdinal(_source, _start, t._source, t._start, FullWidth) == 0);
}
