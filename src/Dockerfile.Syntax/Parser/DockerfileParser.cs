using System;
using System.Collections.Generic;
using System.Text;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// Turns text into a green tree, line by line as BuildKit reads a Dockerfile: parser directives
/// at the top, instructions joined across line continuations, heredoc bodies after the line that
/// opens them. Each instruction's logical line is parsed by <see cref="InstructionParser"/> and
/// its tokens are mapped back to the physical text, so the tree holds every character.
/// </summary>
internal sealed class DockerfileParser
{
    private const int MaxLineBytes = 65535;

    private readonly string _text;
    private readonly TokenBuilder _tokens;
    private readonly ParseArena _arena = ParseArena.ForCurrentThread;
    private readonly List<PDiagnostic> _fileDiagnostics = new();
    private char _escape = '\\';
    private int _pos;
    private int _lineNumber;
    private bool _directivesDone;
    private HashSet<string>? _seenDirectives;
    private InstructionParser? _instructionParser;

    private DockerfileParser(string text, char escape = '\\', bool directivesDone = false, int lineNumber = 0)
    {
        _text = text;
        _tokens = new TokenBuilder(text, _arena, textStartsFile: lineNumber == 0);
        _escape = escape;
        _directivesDone = directivesDone;
        _lineNumber = lineNumber;
    }

    /// <summary>The escape character in force at the end of the directive block.</summary>
    public char EscapeCharacter => _escape;

    /// <summary>Diagnostics that belong to the file rather than to one item (positions relative to the parsed text).</summary>
    public List<PDiagnostic> FileDiagnostics => _fileDiagnostics;

    public static GreenInner Parse(string text, out char escape)
    {
        var parser = new DockerfileParser(text);
        var root = parser.ParseFile();
        escape = parser._escape;
        return root;
    }

    /// <summary>
    /// A parser for a window of text that starts at an item boundary after the directive block;
    /// <paramref name="atFileStart"/> when the window starts the file (a leading U+FEFF is then a byte order mark).
    /// </summary>
    public static DockerfileParser ForWindow(string window, char escape, bool atFileStart) => new(window, escape, directivesDone: true, lineNumber: atFileStart ? 0 : 1);

    private GreenInner ParseFile()
    {
        var items = new List<GreenNode>();
        bool anyInstruction = false;
        try
        {
            while (true)
            {
                var item = ParseNextItem(out _);
                items.Add(item);
                if (item.Kind == SyntaxKind.EndOfFileToken)
                {
                    break;
                }

                anyInstruction |= SyntaxFacts.IsInstruction(item.Kind);
            }
        }
        finally
        {
            _tokens.Release();
        }

        return BuildRoot(items, anyInstruction, _fileDiagnostics, 0);
    }

    /// <summary>Ends a parse made item by item: the thread's scratch state no longer refers to its tokens.</summary>
    public void Release() => _tokens.Release();

    /// <summary>Builds the root node from its items and the file-level diagnostics (shifted by <paramref name="offset"/>).</summary>
    public static GreenInner BuildRoot(List<GreenNode> items, bool anyInstruction, List<PDiagnostic> fileDiagnostics, int offset)
    {
        var all = new List<DiagnosticInfo>();
        foreach (var d in fileDiagnostics)
        {
            all.Add(new DiagnosticInfo(d.Descriptor, d.Start + offset, d.End - d.Start, d.Arguments));
        }

        if (!anyInstruction)
        {
            int length = 0;
            foreach (var item in items)
            {
                length += item.FullWidth;
            }

            all.Add(new DiagnosticInfo(SyntaxDiagnostics.NoInstructions, length, 0, Array.Empty<object?>()));
        }

        return GreenInner.Create(SyntaxKind.Dockerfile, items.ToArray(), all.Count > 0 ? all.ToArray() : null);
    }

    /// <summary>
    /// Parses the next top-level item: a parser directive, an instruction (with its leading
    /// trivia and heredoc bodies) or, at the end of the text, the end-of-file token.
    /// </summary>
    public GreenNode ParseNextItem(out int end)
    {
        _arena.Reset();
        while (_pos < _text.Length)
        {
            var line = ReadLine(_pos);
            int contentStart = line.Start;
            if (_lineNumber == 0 && contentStart < line.ContentEnd && _text[contentStart] == '\uFEFF')
            {
                contentStart++;
            }

            int s = SkipSpace(contentStart, line.ContentEnd);
            if (!_directivesDone)
            {
                var directive = TryParseDirective(s, line);
                if (directive != null)
                {
                    Advance(line);
                    end = _pos;
                    return _tokens.Freeze(directive);
                }

                _directivesDone = true;
            }

            bool isComment = s < line.ContentEnd && _text[s] == '#';
            if (isComment || s == line.ContentEnd)
            {
                Advance(line);
                continue;
            }

            var node = ParseInstructionLines(s, line);
            end = _pos;
            return _tokens.Freeze(node);
        }

        var eof = _arena.Node(SyntaxKind.Dockerfile);
        var eofToken = _arena.Token(SyntaxKind.EndOfFileToken, _text.Length, _text.Length);
        eof.Add(eofToken);
        end = _text.Length;
        return _tokens.Freeze(eof);
    }

    private PNode ParseInstructionLines(int start, Line firstLine)
    {
        var segments = _arena.Segments;
        segments.Clear();
        int logicalLength = 0;
        int partEnd = TrimContinuation(start, firstLine.ContentEnd, out bool isEnd);
        AddSegment(segments, ref logicalLength, start, partEnd);
        var last = firstLine;
        bool endedOnContent = true;
        Advance(firstLine);
        while (!isEnd && _pos < _text.Length)
        {
            var line = ReadLine(_pos);
            Advance(line);
            last = line;
            endedOnContent = false;
            int s = SkipSpace(line.Start, line.ContentEnd);
            if (s < line.ContentEnd && _text[s] == '#')
            {
                continue;
            }

            if (s == line.ContentEnd)
            {
                continue;
            }

            partEnd = TrimContinuation(line.Start, line.ContentEnd, out isEnd);
            AddSegment(segments, ref logicalLength, line.Start, partEnd);
            endedOnContent = true;
        }

        int eolStart = isEnd && endedOnContent ? last.ContentEnd : _pos;
        int eolEnd = isEnd && endedOnContent ? last.End : _pos;
        // The logical line (continuations removed) is copied into the arena's buffer, one piece per
        // segment; offsets in it are logical, and tokens map back to the text through the segments.
        var parser = _instructionParser ??= new InstructionParser(_arena);
        parser.Reset(_arena.CopyLogicalLine(_text, segments, logicalLength), segments, _escape, start, 0, logicalLength);
        var node = parser.ParseTopLevel();
        node.Add(_arena.Token(SyntaxKind.EndOfLineToken, eolStart, eolEnd));
        if (parser.HeredocMarkers != null)
        {
            foreach (var heredoc in parser.HeredocMarkers)
            {
                node.Add(ReadHeredoc(heredoc));
            }
        }

        return node;
    }

    private PNode ReadHeredoc(HeredocMarker marker)
    {
        var node = _arena.Node(SyntaxKind.Heredoc);
        int bodyStart = _pos;
        while (_pos < _text.Length)
        {
            var line = ReadLine(_pos);
            int s = line.Start;
            if (marker.Chomp)
            {
                while (s < line.ContentEnd && _text[s] == '\t')
                {
                    s++;
                }
            }

            if (line.ContentEnd - s == marker.Name.Length && string.CompareOrdinal(_text, s, marker.Name, 0, marker.Name.Length) == 0)
            {
                node.Add(_arena.Token(SyntaxKind.HeredocBodyToken, bodyStart, line.Start));
                node.Add(_arena.Token(SyntaxKind.HeredocTerminatorToken, s, line.ContentEnd));
                node.Add(_arena.Token(SyntaxKind.EndOfLineToken, line.ContentEnd, line.End));
                Advance(line);
                return node;
            }

            Advance(line);
        }

        node.Add(_arena.Token(SyntaxKind.HeredocBodyToken, bodyStart, _text.Length));
        node.Add(_arena.Token(SyntaxKind.HeredocTerminatorToken, _text.Length, _text.Length, missing: true));
        node.Add(_arena.Token(SyntaxKind.EndOfLineToken, _text.Length, _text.Length));
        node.AddDiagnostic(SyntaxDiagnostics.UnterminatedHeredoc, bodyStart, _text.Length, marker.Name);
        return node;
    }

    private static void AddSegment(List<Segment> segments, ref int logicalLength, int start, int end)
    {
        if (end > start)
        {
            segments.Add(new Segment(logicalLength, start, end - start));
            logicalLength += end - start;
        }
    }

    /// <summary>
    /// BuildKit's continuation test: the line ends with one escape character (not two) followed
    /// only by spaces and tabs. Returns the end of the line's logical part.
    /// </summary>
    private int TrimContinuation(int start, int end, out bool isEnd)
    {
        int k = end;
        while (k > start && (_text[k - 1] == ' ' || _text[k - 1] == '\t'))
        {
            k--;
        }

        if (k > start && _text[k - 1] == _escape)
        {
            int escapeAt = k - 1;
            if (escapeAt == start || _text[escapeAt - 1] != _escape)
            {
                isEnd = false;
                return escapeAt;
            }
        }

        isEnd = true;
        return end;
    }

    private PNode? TryParseDirective(int s, Line line)
    {
        // BuildKit: the line (left-trimmed) starts with '#', then optional spaces, then
        // ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ with a known name.
        int end = line.ContentEnd;
        if (s >= end || _text[s] != '#')
        {
            return null;
        }

        int p = SkipSpace(s + 1, end);
        int nameStart = p;
        if (p >= end || !IsAsciiLetter(_text[p]))
        {
            return null;
        }

        while (p < end && (IsAsciiLetter(_text[p]) || (_text[p] >= '0' && _text[p] <= '9')))
        {
            p++;
        }

        int nameEnd = p;
        while (p < end && CharFacts.IsRegexSpace(_text[p]))
        {
            p++;
        }

        if (p >= end || _text[p] != '=')
        {
            return null;
        }

        int equals = p++;
        while (p < end && CharFacts.IsRegexSpace(_text[p]))
        {
            p++;
        }

        int valueStart = p;
        int valueEnd = end;
        while (valueEnd > valueStart && CharFacts.IsRegexSpace(_text[valueEnd - 1]))
        {
            valueEnd--;
        }

        if (valueEnd <= valueStart)
        {
            return null;
        }

        string name = _text.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
        if (name != "syntax" && name != "escape" && name != "check")
        {
            return null;
        }

        var node = _arena.Node(SyntaxKind.ParserDirective);
        node.Add(_arena.Token(SyntaxKind.HashToken, s, s + 1));
        node.Add(_arena.Token(SyntaxKind.DirectiveNameToken, nameStart, nameEnd));
        node.Add(_arena.Token(SyntaxKind.EqualsToken, equals, equals + 1));
        node.Add(_arena.Token(SyntaxKind.DirectiveValueToken, valueStart, valueEnd));
        node.Add(_arena.Token(SyntaxKind.EndOfLineToken, line.ContentEnd, line.End));

        _seenDirectives ??= new HashSet<string>();
        if (!_seenDirectives.Add(name))
        {
            node.AddDiagnostic(SyntaxDiagnostics.DuplicateDirective, s, end, name);
        }
        else if (name == "escape")
        {
            string value = _text.Substring(valueStart, valueEnd - valueStart);
            if (value == "\\" || value == "`")
            {
                _escape = value[0];
            }
            else
            {
                node.AddDiagnostic(SyntaxDiagnostics.InvalidEscapeDirective, valueStart, valueEnd, value);
            }
        }

        return node;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private int SkipSpace(int start, int end)
    {
        while (start < end && CharFacts.IsSpace(_text[start]))
        {
            start++;
        }

        return start;
    }

    private Line ReadLine(int start)
    {
        int newline = _text.IndexOf('\n', start);
        int end = newline < 0 ? _text.Length : newline + 1;
        int contentEnd = end;
        while (contentEnd > start && (_text[contentEnd - 1] == '\n' || _text[contentEnd - 1] == '\r'))
        {
            contentEnd--;
        }

        // Only a line of more than a third of the limit in characters can exceed it in UTF-8 bytes.
        if (contentEnd - start > MaxLineBytes / 3 && Utf8Length(start, contentEnd) is var bytes && bytes > MaxLineBytes)
        {
            _fileDiagnostics.Add(new PDiagnostic(SyntaxDiagnostics.LineTooLong, start, start, new object?[] { bytes }));
        }

        return new Line(start, contentEnd, end);
    }

    private int Utf8Length(int start, int end)
    {
#if NET
        return Encoding.UTF8.GetByteCount(_text.AsSpan(start, end - start));
#else
        return Encoding.UTF8.GetByteCount(_text.Substring(start, end - start));
#endif
    }

    private void Advance(Line line)
    {
        _pos = line.End;
        _lineNumber++;
    }

    private readonly struct Line
    {
        public Line(int start, int contentEnd, int end)
        {
            Start = start;
            ContentEnd = contentEnd;
            End = end;
        }

        public int Start { get; }

        /// <summary>The end of the line without its trailing <c>\r</c> and <c>\n</c> characters.</summary>
        public int ContentEnd { get; }

        /// <summary>The end of the line, line break included.</summary>
        public int End { get; }
    }
}
