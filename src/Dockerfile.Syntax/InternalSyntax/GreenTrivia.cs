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

    private const int MaxSharedRun = 64;
    private static readonly GreenTrivia[] s_spaces = MakeRuns(' ');
    private static readonly GreenTrivia[] s_tabs = MakeRuns('\t');
    private static readonly ConcurrentDictionary<(GreenTrivia, GreenTrivia), GreenTrivia[]> s_pairs = new();
    private static readonly GreenTrivia s_space = s_spaces[1];
    private static readonly GreenTrivia s_lineFeed = Shared(SyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia s_crlf = Shared(SyntaxKind.EndOfLineTrivia, "\r\n");

    // Line continuations, found without a substring or a dictionary lookup: backslash and
    // backtick, each followed by a line feed or by a carriage return and a line feed.
    private static readonly GreenTrivia s_backslashLf = Shared(SyntaxKind.LineContinuationTrivia, "\\\n");
    private static readonly GreenTrivia s_backslashCrLf = Shared(SyntaxKind.LineContinuationTrivia, "\\\r\n");
    private static readonly GreenTrivia s_backtickLf = Shared(SyntaxKind.LineContinuationTrivia, "`\n");
    private static readonly GreenTrivia s_backtickCrLf = Shared(SyntaxKind.LineContinuationTrivia, "`\r\n");

    // Pair arrays for the first shared trivia made (spaces, tabs, line breaks, continuations) by
    // index, read without a lock; anything else goes through the dictionary.
    private const int MaxIndexed = 160;
    private static int s_nextIndex;
    private static readonly GreenTrivia[]?[] s_indexedPairs = new GreenTrivia[MaxIndexed * MaxIndexed][];
    private readonly int _index = -1;

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
        if (shared)
        {
            int index = System.Threading.Interlocked.Increment(ref s_nextIndex) - 1;
            _index = index < MaxIndexed ? index : -1;
        }
    }

    /// <summary>The trivia's text.</summary>
    public string Text => _start == 0 && FullWidth == _source.Length ? _source : _source.Substring(_start, FullWidth);

    /// <summary>The first character (the trivia must not be empty).</summary>
    internal char FirstChar => _source[_start];

    /// <summary>Whether this is one of the shared instances (so it can be compared by reference).</summary>
    public static bool IsShared(GreenTrivia trivia) => trivia._shared;

    /// <summary>A one-element array holding this shared trivia, itself shared.</summary>
    public GreenTrivia[]? SingletonArray => _shared ? _singleton ??= new[] { this } : null;

    /// <summary>Creates trivia for <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public static GreenTrivia Create(SyntaxKind kind, string source, int start, int length)
    {
        // The commonest trivia by far: found without a substring or a dictionary lookup.
        if (kind == SyntaxKind.WhitespaceTrivia && length <= MaxSharedRun && IsRun(source, start, length, ' '))
        {
            return s_spaces[length];
        }

        if (kind == SyntaxKind.WhitespaceTrivia && length <= MaxSharedRun && IsRun(source, start, length, '\t'))
        {
            return s_tabs[length];
        }

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

        if (kind == SyntaxKind.LineContinuationTrivia)
        {
            char escape = source[start];
            if (length == 2 && source[start + 1] == '\n')
            {
                return escape == '\\' ? s_backslashLf : s_backtickLf;
            }

            if (length == 3 && source[start + 1] == '\r' && source[start + 2] == '\n')
            {
                return escape == '\\' ? s_backslashCrLf : s_backtickCrLf;
            }
        }

        if (length <= 4 && kind != SyntaxKind.CommentTrivia && kind != SyntaxKind.SkippedTextTrivia)
        {
            string text = source.Substring(start, length);
            return Shared(kind, text);
        }

        return new GreenTrivia(kind, source, start, length, shared: false);
    }

    /// <summary>A shared two-element array for two shared trivia (a space and a line continuation, ...).</summary>
    public static GreenTrivia[] Pair(GreenTrivia first, GreenTrivia second)
    {
        if (first._index >= 0 && second._index >= 0)
        {
            int slot = (first._index * MaxIndexed) + second._index;
            return s_indexedPairs[slot] ??= s_pairs.GetOrAdd((first, second), static key => new[] { key.Item1, key.Item2 });
        }

        return s_pairs.GetOrAdd((first, second), static key => new[] { key.Item1, key.Item2 });
    }

    private static GreenTrivia[] MakeRuns(char c)
    {
        var runs = new GreenTrivia[MaxSharedRun + 1];
        for (int i = 1; i <= MaxSharedRun; i++)
        {
            runs[i] = new GreenTrivia(SyntaxKind.WhitespaceTrivia, new string(c, i), 0, i, shared: true);
        }

        return runs;
    }

    private static bool IsRun(string source, int start, int length, char c)
    {
        for (int i = start; i < start + length; i++)
        {
            if (source[i] != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The shared instance for a short common trivia, made once and kept in the cache.</summary>
    private static GreenTrivia Shared(SyntaxKind kind, string text) =>
        s_cache.GetOrAdd((kind, text), static key => new GreenTrivia(key.Item1, key.Item2, 0, key.Item2.Length, shared: true));

    /// <summary>Creates trivia that owns its text.</summary>
    public static GreenTrivia Create(SyntaxKind kind, string text) => Create(kind, text, 0, text.Length);

    public override void WriteTo(StringBuilder builder) => builder.Append(_source, _start, FullWidth);

    public override bool IsEquivalentTo(GreenNode other) =>
        ReferenceEquals(this, other)
        || (other is GreenTrivia t && t.Kind == Kind && t.FullWidth == FullWidth && string.CompareOrdinal(_source, _start, t._source, t._start, FullWidth) == 0);
}
