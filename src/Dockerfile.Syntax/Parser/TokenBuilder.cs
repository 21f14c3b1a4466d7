using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// Freezes a <see cref="PNode"/> into green nodes: assigns the text between tokens to trivia
/// (Roslyn's rule: the rest of a token's line is its trailing trivia, everything after the line
/// break is leading trivia of the next token) and builds the green nodes bottom-up.
/// </summary>
internal sealed class TokenBuilder
{
    private static readonly GreenTrivia[] s_oneSpace = GreenTrivia.Create(SyntaxKind.WhitespaceTrivia, " ").SingletonArray!;

    private readonly string _text;
    private readonly ParseArena _arena;
    private readonly List<PToken> _flat;
    private readonly List<GreenTrivia> _trivia;
    // The table of shared short tokens: the thread's arena holds it, each parse uses only a part
    // sized by its text and clears that part when it ends (Release, in a finally), so the table
    // never keeps a tree alive between parses. Sharing small nodes as well cost more time than the memory it saved
    // (measured: docs/performance.md).
    private readonly GreenToken?[] _tokenTable;
    private readonly int _tableMask;

    // Whether the text starts the file: only there is a leading U+FEFF a byte order mark (a window of an
    // incremental reparse that starts later has ordinary text at its index 0).
    private readonly bool _textStartsFile;

    private int _cursor;

    public TokenBuilder(string text, ParseArena arena, bool textStartsFile)
    {
        _textStartsFile = textStartsFile;
        _arena = arena;
        _flat = arena.Flat;
        _trivia = arena.Trivia;
        int size = 64;
        while (size < 4096 && size * 16 < text.Length)
        {
            size <<= 1;
        }

        _tokenTable = arena.TokenTable;
        _tableMask = size - 1;
        _text = text;
    }

    /// <summary>Forgets the shared tokens of this parse (called when the parse is over).</summary>
    public void Release() => System.Array.Clear(_tokenTable, 0, _tableMask + 1);

    /// <summary>Freezes one top-level item (a directive, an instruction, the end of file) that starts at the cursor.</summary>
    public GreenNode Freeze(PNode node)
    {
        var flat = _flat;
        flat.Clear();
        Flatten(node);
        int count = flat.Count;
        if (count > 0)
        {
            // One pass: the gap after each token gives its trailing trivia and the next token's
            // leading trivia, so each green token is made as soon as its gap is known.
            var first = flat[0];
            first.FullStart = _cursor;
            var leading = Lex(_cursor, first.Start);
            for (int i = 0; i < count; i++)
            {
                var token = flat[i];
                var trailing = GreenToken.NoTrivia;
                var nextLeading = GreenToken.NoTrivia;
                if (i + 1 < count)
                {
                    var next = flat[i + 1];
                    int gapStart = token.End;
                    int gapEnd = next.Start;
                    int split = gapStart;
                    if (EndsLine(token))
                    {
                        nextLeading = Lex(gapStart, gapEnd);
                    }
                    else if (gapEnd - gapStart == 1 && _text[gapStart] == ' ')
                    {
                        // Most gaps inside a line are empty or one space: no search, no lexing.
                        trailing = s_oneSpace;
                        split = gapEnd;
                    }
                    else if (gapEnd > gapStart)
                    {
                        split = gapEnd;
                        for (int k = gapStart; k < gapEnd; k++)
                        {
                            if (_text[k] == '\n')
                            {
                                split = k + 1;
                                break;
                            }
                        }

                        trailing = Lex(gapStart, split);
                        nextLeading = Lex(split, gapEnd);
                    }

                    next.FullStart = split;
                }

                token.Green = MakeToken(token, leading, trailing);
                leading = nextLeading;
            }

            _cursor = flat[count - 1].End;
        }

        GreenNode result = node.Kind == SyntaxKind.Dockerfile ? flat[0].Green! : Build(node);
        _arena.Reset();
        flat.Clear();
        return result;
    }

    private bool EndsLine(PToken token) => token.End > token.Start && _text[token.End - 1] == '\n';

    private GreenToken MakeToken(PToken token, GreenTrivia[] leading, GreenTrivia[] trailing)
    {
        int length = token.End - token.Start;
        var flags = token.Missing ? NodeFlags.IsMissing | NodeFlags.ContainsMissing : NodeFlags.None;

        // Green tokens are position-free, so equal short tokens with at most one shared trivia on
        // each side (a keyword followed by a space, "=", a line break) can be one object. A small
        // per-parse table, overwritten on collision, finds them without allocating a key. Only tokens
        // made here (no distinct value, not missing) enter the table.
        if (token.Value == null && !token.Missing && length <= 32 && leading.Length <= 1 && trailing.Length <= 1
            && IsShared(leading) && IsShared(trailing))
        {
            var lead = leading.Length == 1 ? leading[0] : null;
            var trail = trailing.Length == 1 ? trailing[0] : null;
            // Kind, length and the first and last two characters: cheap, and a collision only costs sharing.
            uint hash = ((uint)token.Kind * 16777619u) ^ (uint)length;
            if (length > 0)
            {
                hash = (hash ^ _text[token.Start]) * 16777619u;
                hash = (hash ^ _text[token.End - 1]) * 16777619u;
                if (length > 2)
                {
                    hash = (hash ^ _text[token.Start + 1]) * 16777619u;
                    hash = (hash ^ _text[token.End - 2]) * 16777619u;
                }
            }

            hash ^= (lead == null ? 0u : TriviaHash(lead)) ^ ((trail == null ? 0u : TriviaHash(trail)) << 7);
            var table = _tokenTable;
            int slot = (int)(hash & (uint)_tableMask);
            var candidate = table[slot];
            if (candidate != null && candidate.Kind == token.Kind && candidate.TextEquals(_text, token.Start, length)
                && candidate.Leading.Length == leading.Length && candidate.Trailing.Length == trailing.Length
                && (lead == null || ReferenceEquals(candidate.Leading[0], lead))
                && (trail == null || ReferenceEquals(candidate.Trailing[0], trail)))
            {
                return candidate;
            }

            var created = GreenToken.Create(token.Kind, _text, token.Start, length, null, leading.Length == 0 ? null : leading, trailing.Length == 0 ? null : trailing);
            table[slot] = created;
            return created;
        }

        return GreenToken.Create(token.Kind, _text, token.Start, length, token.Value, leading.Length == 0 ? null : leading, trailing.Length == 0 ? null : trailing, flags);
    }

    /// <summary>A cheap hash of a shared trivia (kind, width, first character); no identity hash code needed.</summary>
    private static uint TriviaHash(GreenTrivia trivia) =>
        ((uint)trivia.Kind * 2654435761u) ^ (uint)trivia.FullWidth ^ (trivia.FullWidth > 0 ? (uint)trivia.FirstChar << 16 : 0u);

    private static bool IsShared(GreenTrivia[] trivia) => trivia.Length == 0 || GreenTrivia.IsShared(trivia[0]);

    private GreenInner Build(PNode node)
    {
        var children = new GreenNode[node.Count];

        // Stores through a span skip the covariance check of a store into a GreenNode[].
        var slots = new System.Span<GreenNode>(children);
        for (int i = 0; i < slots.Length; i++)
        {
            var child = node[i];
            slots[i] = child is PToken t ? t.Green! : Build((PNode)child);
        }

        DiagnosticInfo[]? diagnostics = null;
        if (node.Diagnostics != null)
        {
            int fullStart = FirstFullStart(node);
            diagnostics = new DiagnosticInfo[node.Diagnostics.Count];
            for (int i = 0; i < diagnostics.Length; i++)
            {
                var d = node.Diagnostics[i];
                diagnostics[i] = new DiagnosticInfo(d.Descriptor, d.Start - fullStart, d.End - d.Start, d.Arguments);
            }
        }

        return new GreenInner(node.Kind, children, diagnostics);
    }

    private static int FirstFullStart(PNode node)
    {
        for (int i = 0; i < node.Count; i++)
        {
            var child = node[i];
            if (child is PToken t)
            {
                return t.FullStart;
            }

            if (child is PNode n && n.HasTokens())
            {
                return FirstFullStart(n);
            }
        }

        return -1;
    }

    private void Flatten(PNode node)
    {
        for (int i = 0; i < node.Count; i++)
        {
            var child = node[i];
            if (child is PToken t)
            {
                _flat.Add(t);
            }
            else
            {
                Flatten((PNode)child);
            }
        }
    }

    /// <summary>Splits the text between tokens into trivia.</summary>
    private GreenTrivia[] Lex(int start, int end)
    {
        if (start >= end)
        {
            return GreenToken.NoTrivia;
        }

        _trivia.Clear();
        int i = start;
        while (i < end)
        {
            char c = _text[i];
            int j = i + 1;
            SyntaxKind kind;
            if (c == '\uFEFF' && i == 0 && _textStartsFile)
            {
                kind = SyntaxKind.ByteOrderMarkTrivia;
            }
            else if (c == '\n')
            {
                kind = SyntaxKind.EndOfLineTrivia;
            }
            else if (c == '\r')
            {
                while (j < end && _text[j] == '\r')
                {
                    j++;
                }

                if (j < end && _text[j] == '\n')
                {
                    j++;
                    kind = SyntaxKind.EndOfLineTrivia;
                }
                else
                {
                    kind = j == end ? SyntaxKind.EndOfLineTrivia : SyntaxKind.WhitespaceTrivia;
                }
            }
            else if (c == '#')
            {
                int newline = j < end ? _text.IndexOf('\n', j, end - j) : -1;
                j = newline < 0 ? end : newline;

                while (j > i + 1 && _text[j - 1] == '\r')
                {
                    j--;
                }

                kind = SyntaxKind.CommentTrivia;
            }
            else if (CharFacts.IsSpace(c))
            {
                while (j < end && CharFacts.IsSpace(_text[j]) && _text[j] != '\n' && _text[j] != '\r')
                {
                    j++;
                }

                kind = SyntaxKind.WhitespaceTrivia;
            }
            else if (IsContinuation(i, end, out int continuationEnd))
            {
                j = continuationEnd;
                kind = SyntaxKind.LineContinuationTrivia;
            }
            else
            {
                while (j < end && !CharFacts.IsSpace(_text[j]) && _text[j] != '\\' && _text[j] != '`')
                {
                    j++;
                }

                kind = SyntaxKind.SkippedTextTrivia;
            }

            _trivia.Add(GreenTrivia.Create(kind, _text, i, j - i));
            i = j;
        }

        if (_trivia.Count == 1 && _trivia[0].SingletonArray is { } single)
        {
            return single;
        }

        if (_trivia.Count == 2 && GreenTrivia.IsShared(_trivia[0]) && GreenTrivia.IsShared(_trivia[1]))
        {
            return GreenTrivia.Pair(_trivia[0], _trivia[1]);
        }

        return _trivia.ToArray();
    }

    /// <summary>An escape character (either kind) followed by spaces or tabs and a line break or the end of the gap.</summary>
    private bool IsContinuation(int i, int end, out int continuationEnd)
    {
        continuationEnd = i;
        char c = _text[i];
        if (c != '\\' && c != '`')
        {
            return false;
        }

        int j = i + 1;
        while (j < end && (_text[j] == ' ' || _text[j] == '\t'))
        {
            j++;
        }

        while (j < end && _text[j] == '\r')
        {
            j++;
        }

        if (j < end && _text[j] == '\n')
        {
            continuationEnd = j + 1;
            return true;
        }

        if (j == end)
        {
            continuationEnd = j;
            return true;
        }

        return false;
    }
}
