using System;
using System.Collections.Generic;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// Parses one instruction's logical line (continuations joined, as BuildKit sees it) with
/// BuildKit's per-instruction rules, and places every token at its physical span.
/// </summary>
internal sealed partial class InstructionParser
{
    private readonly ParseArena _arena;

    // The word spans of the instruction being parsed (SplitOnSpace, ParseWords): one list, since an
    // instruction's arguments are split once and nothing else splits while they are read.
    private readonly List<(int Start, int End)> _words = new();
    private char[] _l = System.Array.Empty<char>();
    private List<Segment> _segments = new();
    private char _escape;
    // ONBUILD wrapping ONBUILD (which BuildKit rejects) is structured this many levels deep; the text of a deeper
    // trigger stays raw text, so that no walk of the tree recurses as deep as the input is long.
    private const int MaxOnbuildNesting = 8;

    private int _onbuildDepth;
    private int _physicalStart;
    private int _start;
    private int _end;

    /// <summary>Creates a parser; <see cref="Reset"/> points it at each instruction in turn.</summary>
    public InstructionParser(ParseArena arena)
    {
        _arena = arena;
    }

    /// <summary>
    /// Points the parser at the logical line <c>logical[start..end)</c> (a buffer that may be longer),
    /// whose pieces sit in the text where <paramref name="segments"/> say.
    /// </summary>
    public void Reset(char[] logical, List<Segment> segments, char escape, int physicalStart, int start, int end)
    {
        _l = logical;
        _segments = segments;
        _escape = escape;
        _physicalStart = physicalStart;
        _start = start;
        _end = end;
        _substitutionDepth = 0;
        HeredocMarkers = null;
    }

    public List<HeredocMarker>? HeredocMarkers { get; private set; }

    public PNode ParseTopLevel()
    {
        var node = ParseInstruction(_start, _end);
        if (node == null)
        {
            node = _arena.Node(SyntaxKind.UnknownInstruction);
            int at = MapStart(_end);
            node.Add(_arena.Token(SyntaxKind.InstructionKeywordToken, at, at, missing: true));
            node.AddDiagnostic(SyntaxDiagnostics.UnknownInstruction, at, at, string.Empty);
            return node;
        }

        if (CanContainHeredoc(node) && ContainsHeredocOpener(_start, _end))
        {
            foreach (var marker in HeredocWords.Find(new string(_l, _start, _end - _start)))
            {
                (HeredocMarkers ??= new List<HeredocMarker>()).Add(marker);
            }
        }

        return node;
    }

    /// <summary>Whether the logical line holds <c>&lt;&lt;</c> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private bool ContainsHeredocOpener(int start, int end)
    {
        int at = start;
        while (at < end - 1)
        {
            int lt = Array.IndexOf(_l, '<', at, end - 1 - at);
            if (lt < 0)
            {
                return false;
            }

            if (_l[lt + 1] == '<')
            {
                return true;
            }

            at = lt + 1;
        }

        return false;
    }

    private static bool CanContainHeredoc(PNode node)
    {
        if (node.Kind == SyntaxKind.OnbuildInstruction)
        {
            for (int i = 0; i < node.Count; i++)
            {
                if (node[i] is PNode inner && SyntaxFacts.IsInstruction(inner.Kind))
                {
                    node = inner;
                    break;
                }
            }
        }

        if (node.Kind is not (SyntaxKind.RunInstruction or SyntaxKind.AddInstruction or SyntaxKind.CopyInstruction))
        {
            return false;
        }

        for (int i = 0; i < node.Count; i++)
        {
            if (node[i] is PNode { Kind: SyntaxKind.ExecForm })
            {
                return false;
            }
        }

        return true;
    }

    private PNode? ParseInstruction(int start, int end)
    {
        int s = start;
        while (s < end && CharFacts.IsSpace(_l[s]))
        {
            s++;
        }

        int e = end;
        while (e > s && CharFacts.IsSpace(_l[e - 1]))
        {
            e--;
        }

        if (s == e)
        {
            return null;
        }

        int keywordEnd = s;
        while (keywordEnd < e && !CharFacts.IsSplitSpace(_l[keywordEnd]))
        {
            keywordEnd++;
        }

        var kind = SyntaxFacts.GetInstructionKind(new ReadOnlySpan<char>(_l, s, keywordEnd - s), out string? known);
        string keyword = known ?? new string(_l, s, keywordEnd - s);
        var node = _arena.Node(kind);
        node.Add(Token(SyntaxKind.InstructionKeywordToken, s, keywordEnd));
        if (kind == SyntaxKind.UnknownInstruction)
        {
            node.AddDiagnostic(SyntaxDiagnostics.UnknownInstruction, MapStart(s), MapEnd(keywordEnd), keyword);
        }

        int p = keywordEnd;
        while (p < e && CharFacts.IsSplitSpace(_l[p]))
        {
            p++;
        }

        int a = ParseFlags(node, p, e);
        while (a < e && CharFacts.IsSpace(_l[a]))
        {
            a++;
        }

        ParseArguments(node, kind, keyword, a, e);
        return node;
    }

    private void ParseArguments(PNode node, SyntaxKind kind, string keyword, int a, int e)
    {
        switch (kind)
        {
            case SyntaxKind.FromInstruction:
                {
                    var words = SplitOnSpace(a, e);
                    for (int i = 0; i < words.Count; i++)
                    {
                        var (ws, we) = words[i];
                        if (i == 1 && words.Count == 3 && we - ws == 2 && SyntaxFacts.EqualsFolded(new ReadOnlySpan<char>(_l, ws, 2), "AS"))
                        {
                            node.Add(Token(SyntaxKind.KeywordToken, ws, we));
                        }
                        else
                        {
                            node.Add(Word(ws, we));
                        }
                    }

                    if (words.Count == 0)
                    {
                        node.AddDiagnostic(SyntaxDiagnostics.MissingArguments, MapStart(a), MapEnd(e), "FROM", "an image");
                    }

                    break;
                }

            case SyntaxKind.ExposeInstruction:
                foreach (var (ws, we) in SplitOnSpace(a, e))
                {
                    node.Add(Word(ws, we));
                }

                break;

            case SyntaxKind.AddInstruction:
            case SyntaxKind.CopyInstruction:
            case SyntaxKind.VolumeInstruction:
                if (!TryParseJson(node, a, e, out _))
                {
                    var words = SplitOnSpace(a, e);
                    foreach (var (ws, we) in words)
                    {
                        node.Add(Word(ws, we));
                    }

                    if (kind != SyntaxKind.VolumeInstruction && words.Count < 2)
                    {
                        node.AddDiagnostic(SyntaxDiagnostics.MissingArguments, MapStart(a), MapEnd(e), keyword.ToUpperInvariant(), "a source and a destination");
                    }
                }

                break;

            case SyntaxKind.RunInstruction:
            case SyntaxKind.CmdInstruction:
            case SyntaxKind.EntrypointInstruction:
            case SyntaxKind.ShellInstruction:
                if (a < e)
                {
                    ParseCommand(node, a, e);
                }
                else if (kind == SyntaxKind.RunInstruction)
                {
                    node.AddDiagnostic(SyntaxDiagnostics.MissingArguments, MapStart(a), MapEnd(e), "RUN", "a command");
                }

                break;

            case SyntaxKind.HealthcheckInstruction:
                if (a < e)
                {
                    int sep = a;
                    while (sep < e && !CharFacts.IsSpace(_l[sep]))
                    {
                        sep++;
                    }

                    node.Add(Token(SyntaxKind.KeywordToken, a, sep));
                    int next = sep;
                    while (next < e && CharFacts.IsSpace(_l[next]))
                    {
                        next++;
                    }

                    if (next < e)
                    {
                        ParseCommand(node, next, e);
                    }
                }

                break;

            case SyntaxKind.EnvInstruction:
            case SyntaxKind.LabelInstruction:
                ParseKeyValues(node, keyword.ToUpperInvariant(), a, e);
                break;

            case SyntaxKind.ArgInstruction:
                foreach (var (ws, we) in ParseWords(a, e))
                {
                    var declaration = _arena.Node(SyntaxKind.ArgDeclaration);
                    int eq = Array.IndexOf(_l, '=', ws, we - ws);
                    declaration.Add(Word(ws, eq < 0 ? we : eq));
                    if (eq >= 0)
                    {
                        declaration.Add(Token(SyntaxKind.EqualsToken, eq, eq + 1));
                        if (eq + 1 < we)
                        {
                            declaration.Add(Word(eq + 1, we));
                        }
                    }

                    node.Add(declaration);
                }

                break;

            case SyntaxKind.UserInstruction:
            case SyntaxKind.WorkdirInstruction:
            case SyntaxKind.StopsignalInstruction:
                if (a < e)
                {
                    node.Add(Word(a, e));
                }

                break;

            case SyntaxKind.OnbuildInstruction:
                if (a < e && _onbuildDepth >= MaxOnbuildNesting)
                {
                    var rest = _arena.Node(SyntaxKind.RawText);
                    Split(rest, SyntaxKind.TextToken, a, e);
                    node.Add(rest);
                }
                else if (a < e)
                {
                    _onbuildDepth++;
                    var inner = ParseInstruction(a, e);
                    _onbuildDepth--;
                    if (inner != null)
                    {
                        node.Add(inner);
                    }
                }

                break;

            default:
                if (a < e)
                {
                    var raw = _arena.Node(SyntaxKind.RawText);
                    Split(raw, SyntaxKind.TextToken, a, e);
                    node.Add(raw);
                }

                break;
        }
    }

    private void ParseCommand(PNode node, int a, int e)
    {
        if (TryParseJson(node, a, e, out bool looksLikeJson))
        {
            return;
        }

        var shell = _arena.Node(SyntaxKind.ShellForm);
        Split(shell, SyntaxKind.ShellTextToken, a, e);
        if (looksLikeJson && !LooksLikeShellTest(a, e))
        {
            shell.AddDiagnostic(SyntaxDiagnostics.InvalidJsonFallsBackToShell, MapStart(a), MapEnd(e), new string(_l, a, e - a));
        }

        node.Add(shell);
    }

    private void ParseKeyValues(PNode node, string keyword, int a, int e)
    {
        var words = ParseWords(a, e);
        if (words.Count == 0)
        {
            node.AddDiagnostic(SyntaxDiagnostics.MissingArguments, MapStart(a), MapEnd(e), keyword, "at least one key=value pair");
            return;
        }

        var (firstStart, firstEnd) = words[0];
        if (Array.IndexOf(_l, '=', firstStart, firstEnd - firstStart) < 0)
        {
            // Legacy form: KEY value with spaces (the value is the rest of the line).
            var pair = _arena.Node(SyntaxKind.KeyValuePair);
            int keyEnd = a;
            while (keyEnd < e && !CharFacts.IsSplitSpace(_l[keyEnd]))
            {
                keyEnd++;
            }

            pair.Add(Word(a, keyEnd));
            int valueStart = keyEnd;
            while (valueStart < e && CharFacts.IsSplitSpace(_l[valueStart]))
            {
                valueStart++;
            }

            if (keyEnd == e)
            {
                pair.AddDiagnostic(SyntaxDiagnostics.MissingKeyValue, MapStart(a), MapEnd(e), $"{keyword} must have two arguments: a name and a value");
            }
            else
            {
                pair.Add(Word(valueStart, e));
            }

            node.Add(pair);
            return;
        }

        foreach (var (ws, we) in words)
        {
            var pair = _arena.Node(SyntaxKind.KeyValuePair);
            int eq = Array.IndexOf(_l, '=', ws, we - ws);
            if (eq < 0)
            {
                pair.Add(Word(ws, we));
                pair.AddDiagnostic(SyntaxDiagnostics.MissingKeyValue, MapStart(ws), MapEnd(we), $"Cannot find '=' in '{new string(_l, ws, we - ws)}': it must be of the form name=value");
            }
            else
            {
                pair.Add(eq > ws ? Word(ws, eq) : EmptyWord(ws));
                pair.Add(Token(SyntaxKind.EqualsToken, eq, eq + 1));
                if (eq + 1 < we)
                {
                    pair.Add(Word(eq + 1, we));
                }
            }

            node.Add(pair);
        }
    }

    /// <summary>BuildKit's flag extraction: words starting with <c>--</c> before the arguments; a bare <c>--</c> ends them.</summary>
    private int ParseFlags(PNode node, int p, int e)
    {
        while (true)
        {
            while (p < e && CharFacts.IsSpace(_l[p]))
            {
                p++;
            }

            if (p >= e)
            {
                return e;
            }

            if (_l[p] != '-' || p + 1 >= e || _l[p + 1] != '-')
            {
                return p;
            }

            int start = p;
            bool inQuote = false;
            char quote = '\0';
            while (p < e)
            {
                char c = _l[p];
                if (!inQuote)
                {
                    if (CharFacts.IsSpace(c))
                    {
                        break;
                    }

                    if (c == '\'' || c == '"')
                    {
                        inQuote = true;
                        quote = c;
                    }
                    else if (c == _escape)
                    {
                        p = Math.Min(p + 2, e);
                        continue;
                    }
                }
                else if (c == quote)
                {
                    inQuote = false;
                }
                else if (c == _escape)
                {
                    p = Math.Min(p + 2, e);
                    continue;
                }

                p++;
            }

            var flag = _arena.Node(SyntaxKind.Flag);
            int eq = Array.IndexOf(_l, '=', start, p - start);
            flag.Add(Token(SyntaxKind.FlagNameToken, start, eq < 0 ? p : eq));
            if (eq >= 0)
            {
                flag.Add(Token(SyntaxKind.EqualsToken, eq, eq + 1));
                if (eq + 1 < p)
                {
                    flag.Add(Word(eq + 1, p, reportQuotes: false));
                }
            }

            node.Add(flag);
            if (p - start == 2)
            {
                return p;
            }
        }
    }

    /// <summary>Splits on runs of <c>[\t\v\f\r ]</c> without regard to quotes, like BuildKit's FROM, EXPOSE, COPY and ADD.</summary>
    private List<(int Start, int End)> SplitOnSpace(int a, int e)
    {
        var words = _words;
        words.Clear();
        int i = a;
        while (i < e)
        {
            while (i < e && CharFacts.IsSplitSpace(_l[i]))
            {
                i++;
            }

            if (i >= e)
            {
                break;
            }

            int start = i;
            while (i < e && !CharFacts.IsSplitSpace(_l[i]))
            {
                i++;
            }

            words.Add((start, i));
        }

        return words;
    }

    /// <summary>BuildKit's quote-aware word splitter used by ARG, ENV and LABEL; returns raw spans.</summary>
    private List<(int Start, int End)> ParseWords(int a, int e)
    {
        var words = _words;
        words.Clear();
        int i = a;
        while (i < e)
        {
            while (i < e && CharFacts.IsSpace(_l[i]))
            {
                i++;
            }

            if (i >= e)
            {
                break;
            }

            int start = i;
            char quote = '\0';
            while (i < e)
            {
                char c = _l[i];
                if (quote == '\0')
                {
                    if (CharFacts.IsSpace(c))
                    {
                        break;
                    }

                    if (c == '\'' || c == '"')
                    {
                        quote = c;
                    }
                    else if (c == _escape)
                    {
                        i = Math.Min(i + 2, e);
                        continue;
                    }
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == _escape && quote != '\'')
                {
                    i = Math.Min(i + 2, e);
                    continue;
                }

                i++;
            }

            words.Add((start, i));
        }

        return words;
    }

    // ----- mapping logical offsets to physical tokens -----

    private PToken Token(SyntaxKind kind, int ls, int le)
    {
        int ps = MapStart(ls);
        int pe = le == ls ? ps : MapEnd(le);
        string? value = null;
        if (pe - ps != le - ls)
        {
            value = new string(_l, ls, le - ls);
        }

        return _arena.Token(kind, ps, pe, value);
    }

    /// <summary>Adds a run of text as one token per segment it covers, so continuations fall between tokens as trivia.</summary>
    private void Split(PNode node, SyntaxKind kind, int ls, int le)
    {
        foreach (var segment in _segments)
        {
            int s = Math.Max(ls, segment.LogicalStart);
            int e = Math.Min(le, segment.LogicalEnd);
            if (s < e)
            {
                node.Add(_arena.Token(kind, segment.PhysicalStart + (s - segment.LogicalStart), segment.PhysicalStart + (e - segment.LogicalStart)));
            }
        }
    }

    private int MapStart(int l)
    {
        foreach (var segment in _segments)
        {
            if (l >= segment.LogicalStart && l < segment.LogicalEnd)
            {
                return segment.PhysicalStart + (l - segment.LogicalStart);
            }
        }

        if (_segments.Count == 0)
        {
            return _physicalStart;
        }

        var last = _segments[_segments.Count - 1];
        return last.PhysicalStart + last.Length;
    }

    private int MapEnd(int l)
    {
        foreach (var segment in _segments)
        {
            if (l > segment.LogicalStart && l <= segment.LogicalEnd)
            {
                return segment.PhysicalStart + (l - segment.LogicalStart);
            }
        }

        return MapStart(l);
    }
}
