using System;
using System.Collections.Generic;
using System.Text;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Formatting;

/// <summary>
/// Computes the formatter's edits for one tree, from its tokens and trivia. Every edit replaces white space, a
/// line break, a keyword's case or (when asked) the white space between a legacy ENV key and its value; it never
/// touches a word, a quote, a JSON string, a comment's words, a heredoc or a parser directive. Instructions with
/// syntax diagnostics and <c># dfa format off</c> regions are left as they are. The walk is iterative over the
/// root's items and the tokens of each instruction.
/// </summary>
internal sealed class FormattingEngine
{
    private readonly DockerfileSyntaxTree _tree;
    private readonly DockerfileFormattingOptions _options;
    private readonly string _text;
    private readonly string? _indent;
    private readonly string? _convertTo;
    private readonly bool _posixShell;
    private readonly List<Edit> _edits = new();
    private readonly List<TextSpan> _items = new();
    private readonly List<TextSpan> _protected = new();
    private readonly List<TokenInfo> _tokens = new();
    private readonly List<Frame> _frames = new();
    private readonly List<Line> _lines = new();
    private readonly List<Line> _gapLines = new();
    private readonly StringBuilder _sb = new();
    private TriviaInfo[] _trivia = new TriviaInfo[8];
    private readonly List<TextSpan> _segments = new();
    private readonly List<bool> _safe = new();
    private readonly List<char> _stack = new();
    private readonly Dictionary<int, bool> _safeByToken = new();
    private string _lastGap = string.Empty;
    private int _item;
    private int _units;
    private int _offStart = -1;

    public FormattingEngine(DockerfileSyntaxTree tree, DockerfileFormattingOptions options)
    {
        _tree = tree;
        _options = options;
        _text = tree.GetText().ToString();
        _indent = options.ContinuationIndentText;
        _convertTo = options.LineEnding switch
        {
            LineEnding.Lf => "\n",
            LineEnding.CrLf => "\r\n",
            _ => null,
        };
        _posixShell = tree.EscapeCharacter == '\\' && !HasShellInstruction(tree.GetRoot());
    }

    private enum ItemKind
    {
        Start,
        Directive,
        Instruction,
    }

    private enum GapKind
    {
        Separator,
        Json,
        Shell,
        Inner,
        End,
    }

    /// <summary>The edits, in order, not overlapping; only those of the items that intersect <paramref name="spans"/> when given.</summary>
    public List<TextChange> Run(IReadOnlyList<TextSpan>? spans)
    {
        var root = _tree.GetRoot();
        var previous = ItemKind.Start;
        foreach (var child in root.ChildNodesAndTokens())
        {
            _item = _items.Count;
            _items.Add(child.FullSpan);
            if (child.IsNode)
            {
                var node = child.AsNode()!;
                if (node is InstructionSyntax instruction)
                {
                    FormatInstruction(instruction, previous);
                    previous = ItemKind.Instruction;
                }
                else
                {
                    // Parser directives are left exactly as written (their spacing is part of how BuildKit reads
                    // them); only their line break follows end_of_line.
                    if (node.Kind == SyntaxKind.ParserDirective)
                    {
                        foreach (var token in node.DescendantTokens())
                        {
                            if (token.Kind == SyntaxKind.EndOfLineToken)
                            {
                                ConvertBreak(token.Span.Start, token.Text);
                            }
                        }
                    }

                    previous = ItemKind.Directive;
                }
            }
            else
            {
                FormatEndOfFile(child.AsToken(), previous);
            }
        }

        if (_offStart >= 0)
        {
            // Off to the end of the file: nothing after the switch changes, the final newline included.
            _protected.Add(TextSpan.FromBounds(_offStart, _text.Length + 1));
        }

        _edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        var result = new List<TextChange>(_edits.Count);
        int end = 0;
        foreach (var edit in _edits)
        {
            if (edit.Start < end || IsProtected(edit) || (spans != null && !Selected(edit.Item, spans)))
            {
                continue;
            }

            result.Add(new TextChange(new TextSpan(edit.Start, edit.Length), edit.Text));
            end = edit.Start + edit.Length;
        }

        return result;
    }

    private static bool HasShellInstruction(DockerfileSyntax root)
    {
        foreach (var instruction in root.Instructions)
        {
            var inner = instruction;
            for (int depth = 0; inner is OnbuildInstructionSyntax onbuild && depth < 16; depth++)
            {
                inner = onbuild.Instruction;
            }

            if (inner is ShellInstructionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private bool Selected(int item, IReadOnlyList<TextSpan> spans)
    {
        var span = _items[item];
        foreach (var wanted in spans)
        {
            if (wanted.Start <= span.End && span.Start <= wanted.End)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsProtected(Edit edit)
    {
        foreach (var span in _protected)
        {
            // An insertion at the very start of a region is outside it; anything touching its inside is not.
            if (edit.Start < span.End && edit.Start + edit.Length > span.Start)
            {
                return true;
            }

            if (edit.Length == 0 && edit.Start > span.Start && edit.Start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    // ----- lines above an instruction (and at the end of the file) -----

    private void FormatInstruction(InstructionSyntax instruction, ItemKind previous)
    {
        bool broken = instruction.ContainsDiagnostics;
        var keyword = instruction.Keyword;
        FormatLeadingLines(keyword, previous, endOfFile: false, keepIndentation: broken);
        if (broken)
        {
            return;
        }

        CollectTokens(instruction);
        var tokens = _tokens;
        Dictionary<int, bool>? safeJoins = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].Token;
            FormatKeywordCase(token, tokens[i].ParentKind);
            if (token.Kind == SyntaxKind.EndOfLineToken)
            {
                if (_convertTo != null)
                {
                    ConvertBreak(token.Span.Start, token.Text);
                }

                break;
            }

            if (_convertTo != null && (token.ValueLength != token.Span.Length || _text.IndexOf('\n', token.Span.Start, token.Span.Length) >= 0))
            {
                ConvertBreaksInside(token);
            }

            if (i + 1 < tokens.Count)
            {
                var next = tokens[i + 1];
                var kind = Classify(tokens[i], next);
                if (TryFormatSimpleGap(token, next.Token, kind))
                {
                    continue;
                }

                bool safe = true;
                if (kind == GapKind.Shell)
                {
                    safeJoins ??= ComputeSafeJoins(i);
                    safe = _posixShell && safeJoins.TryGetValue(token.Span.Start, out bool s) && s;
                }

                FormatGap(token, next.Token, kind, safe);
            }
        }

        if (_options.LegacyEnvToEquals)
        {
            RewriteLegacyEnv(instruction);
        }
    }

    private void FormatEndOfFile(SyntaxToken endOfFile, ItemKind previous)
    {
        // The end of the text without the white space that trimming removes.
        int end = FormatLeadingLines(endOfFile, previous, endOfFile: true, keepIndentation: false);
        if (!_options.InsertFinalNewline || _text.Length == 0)
        {
            return;
        }

        if (end == 0 || _text[end - 1] == '\n' || _text[end - 1] == '\r')
        {
            return;
        }

        // An escape character before the end (even with white space after it) would become a line continuation.
        int content = end;
        while (content > 0 && IsBlank(_text[content - 1]))
        {
            content--;
        }

        if (content > 0 && _text[content - 1] == _tree.EscapeCharacter)
        {
            return;
        }

        // After the last instruction only when it is whole: a heredoc left open or a broken line is left as it is.
        if (endOfFile.LeadingTrivia.Count == 0 || !ContainsComment(endOfFile.LeadingTrivia))
        {
            var root = _tree.GetRoot();
            InstructionSyntax? last = null;
            foreach (var instruction in root.Instructions)
            {
                last = instruction;
            }

            if (last == null || last.ContainsDiagnostics)
            {
                return;
            }
        }

        AddEdit(_text.Length, 0, NewLine());
    }

    private static bool ContainsComment(SyntaxTriviaList trivia)
    {
        foreach (var piece in trivia)
        {
            if (piece.Kind == SyntaxKind.CommentTrivia)
            {
                return true;
            }
        }

        return false;
    }

    /// <returns>Where the text ends once the white space left at the end of the file is removed (the end of the file otherwise).</returns>
    private int FormatLeadingLines(SyntaxToken token, ItemKind previous, bool endOfFile, bool keepIndentation)
    {
        var trivia = token.LeadingTrivia;
        int contentEnd = _text.Length;
        if (trivia.Count == 0)
        {
            return contentEnd;
        }

        // Split the trivia into lines: [white space] [comment] line break; what is left is the indentation.
        var lines = _lines;
        lines.Clear();
        int count = trivia.Count;
        if (_trivia.Length < count)
        {
            _trivia = new TriviaInfo[Math.Max(count, _trivia.Length * 2)];
        }

        int i = 0;
        foreach (var piece in trivia)
        {
            _trivia[i++] = new TriviaInfo(piece.Kind, piece.Position, piece.Span.Length);
        }

        i = 0;
        if (_trivia[0].Kind == SyntaxKind.ByteOrderMarkTrivia)
        {
            i = 1;
        }

        while (i < count)
        {
            var line = new Line { Start = _trivia[i].Start };
            if (_trivia[i].Kind == SyntaxKind.WhitespaceTrivia)
            {
                line.WsLength = _trivia[i].Length;
                i++;
            }

            if (i < count && _trivia[i].Kind == SyntaxKind.CommentTrivia)
            {
                line.CommentStart = _trivia[i].Start;
                line.CommentLength = _trivia[i].Length;
                line.HasComment = true;
                i++;
            }

            if (i < count && _trivia[i].Kind == SyntaxKind.EndOfLineTrivia)
            {
                if (_text[_trivia[i].Start + _trivia[i].Length - 1] != '\n' && (!endOfFile || i != count - 1))
                {
                    // A carriage return alone is not a line break to BuildKit: leave the lines around it as they are.
                    return contentEnd;
                }

                line.BreakStart = _trivia[i].Start;
                line.BreakLength = _trivia[i].Length;
                i++;
                lines.Add(line);
                continue;
            }

            if (i == count && (endOfFile || !line.HasComment))
            {
                // The last, unterminated line: the instruction's indentation, or the end of the file.
                line.BreakStart = line.HasComment ? line.CommentStart + line.CommentLength : line.Start + line.WsLength;
                line.IsLast = true;
                lines.Add(line);
                break;
            }

            // Something this layout does not expect (skipped text, a continuation): leave all of it.
            return contentEnd;
        }

        // Blank-line runs.
        for (int n = 0; n < lines.Count; n++)
        {
            if (lines[n].HasComment || lines[n].IsLast)
            {
                continue;
            }

            int first = n;
            while (n + 1 < lines.Count && !lines[n + 1].HasComment && !lines[n + 1].IsLast)
            {
                n++;
            }

            int run = n - first + 1;
            bool atTop = first == 0 && previous != ItemKind.Instruction;
            bool beforeComment = n + 1 < lines.Count && lines[n + 1].HasComment && _text.IndexOf('=', lines[n + 1].CommentStart, lines[n + 1].CommentLength) >= 0;
            bool atEnd = n + 1 >= lines.Count || (lines[n + 1].IsLast && !lines[n + 1].HasComment);
            int keep = Math.Min(run, _options.MaxBlankLines);
            if (atTop)
            {
                // At the top of the file, or right after the parser directives, a comment after a blank line is
                // only a comment; without the blank line it could become a directive (any '=' counts: the
                // directive reader accepts more white space than spaces and tabs).
                keep = beforeComment ? Math.Min(run, Math.Max(1, previous == ItemKind.Start ? 1 : keep)) : (previous == ItemKind.Start ? 0 : keep);
            }
            else if (endOfFile && atEnd)
            {
                keep = 0;
            }

            int drop = run - keep;
            if (drop > 0)
            {
                int dropEnd = first + drop < lines.Count ? lines[first + drop].Start : token.Span.Start;
                AddEdit(lines[first].Start, dropEnd - lines[first].Start, string.Empty);
                if (endOfFile && atEnd && keep == 0 && (first + drop >= lines.Count || lines[first + drop].IsLast))
                {
                    contentEnd = lines[first].Start;
                }
            }

            for (int k = first + drop; k <= n; k++)
            {
                FormatLine(lines[k]);
            }
        }

        foreach (var line in lines)
        {
            if (line.HasComment)
            {
                FormatLine(line);
                NoteFormatSwitch(line);
            }
            else if (line.IsLast)
            {
                if (!keepIndentation && line.WsLength > 0 && (_options.TrimTrailingWhitespace || !endOfFile))
                {
                    AddEdit(line.Start, line.WsLength, string.Empty);
                    if (endOfFile)
                    {
                        contentEnd = line.Start;
                    }
                }
            }
        }

        return contentEnd;
    }

    private void NoteFormatSwitch(Line line)
    {
        if (_text.IndexOf("format o", line.CommentStart, line.CommentLength, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        string text = _text.Substring(line.CommentStart, line.CommentLength).TrimStart('#').Trim();
        if (text.Equals("dfa format off", StringComparison.OrdinalIgnoreCase))
        {
            if (_offStart < 0)
            {
                _offStart = line.Start;
            }
        }
        else if (text.Equals("dfa format on", StringComparison.OrdinalIgnoreCase) && _offStart >= 0)
        {
            _protected.Add(TextSpan.FromBounds(_offStart, line.BreakStart + line.BreakLength));
            _offStart = -1;
        }
    }

    /// <summary>A whole line of trivia outside a continuation: indentation removed, the comment tidied, the break converted.</summary>
    private void FormatLine(Line line)
    {
        if (line.WsLength > 0 && (line.HasComment || _options.TrimTrailingWhitespace))
        {
            AddEdit(line.Start, line.WsLength, string.Empty);
        }

        if (line.HasComment)
        {
            FormatComment(line.CommentStart, line.CommentLength);
        }

        if (line.BreakLength > 0 && _convertTo != null)
        {
            ConvertBreak(line.BreakStart, _text.Substring(line.BreakStart, line.BreakLength));
        }
    }

    private void FormatComment(int start, int length)
    {
        if (_options.TrimTrailingWhitespace)
        {
            int end = TrimmedLength(start, length);
            if (end < length)
            {
                AddEdit(start + end, length - end, string.Empty);
            }
        }

        if (_options.SpaceAfterCommentHash && length > 1 && _text[start] == '#' && char.IsLetterOrDigit(_text[start + 1]))
        {
            AddEdit(start + 1, 0, " ");
        }
    }

    // ----- inside an instruction -----

    private void FormatKeywordCase(SyntaxToken token, SyntaxKind parentKind)
    {
        if (_options.KeywordCase == KeywordCase.Keep)
        {
            return;
        }

        bool isKeyword = token.Kind == SyntaxKind.InstructionKeywordToken ||
            (token.Kind == SyntaxKind.KeywordToken && parentKind == SyntaxKind.FromInstruction);
        if (!isKeyword)
        {
            return;
        }

        var span = token.Span;
        if (token.ValueLength != span.Length || span.Length == 0)
        {
            return;
        }

        bool upper = _options.KeywordCase == KeywordCase.Upper;
        bool change = false;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = _text[i];
            bool isUpper = c >= 'A' && c <= 'Z';
            if (!isUpper && !(c >= 'a' && c <= 'z'))
            {
                return;
            }

            change |= isUpper != upper;
        }

        if (change)
        {
            string text = _text.Substring(span.Start, span.Length);
            AddEdit(span.Start, span.Length, upper ? text.ToUpperInvariant() : text.ToLowerInvariant());
        }
    }

    /// <summary>What separates two consecutive tokens of an instruction's logical line.</summary>
    private static GapKind Classify(TokenInfo a, TokenInfo b)
    {
        if (b.Token.Kind == SyntaxKind.EndOfLineToken)
        {
            return GapKind.End;
        }

        if (a.Form == SyntaxKind.ExecForm && b.Form == SyntaxKind.ExecForm)
        {
            return GapKind.Json;
        }

        if (a.Unit == b.Unit)
        {
            return a.Form == SyntaxKind.ShellForm ? GapKind.Shell : GapKind.Inner;
        }

        return GapKind.Separator;
    }

    /// <summary>
    /// The tokens of an instruction's logical line (up to its line break, before any heredoc), each with the argument
    /// it belongs to: the child of its instruction that contains it; the instruction's own tokens (keyword, AS, line
    /// break) are each a unit of their own. WORKDIR, USER, STOPSIGNAL and MAINTAINER take the rest of the line as one
    /// string, so all their arguments are one unit. An explicit stack: no recursion.
    /// </summary>
    private void CollectTokens(InstructionSyntax instruction)
    {
        // Over the green nodes: no red node is made for the words, flags and forms of the instruction.
        _tokens.Clear();
        _frames.Clear();
        _frames.Add(new Frame(instruction.Green, instruction.Position, -1, SyntaxKind.None, ++_units));
        while (_frames.Count > 0)
        {
            int top = _frames.Count - 1;
            var frame = _frames[top];
            var green = frame.Node;
            if (frame.Index >= green.SlotCount)
            {
                _frames.RemoveAt(top);
                continue;
            }

            int index = frame.Index;
            int position = frame.Position;
            var slot = green.GetSlot(index);
            frame.Index++;
            frame.Position += slot.FullWidth;
            _frames[top] = frame;
            bool inInstruction = frame.Unit < 0;
            if (slot is Dockerfile.Syntax.InternalSyntax.GreenToken greenToken)
            {
                if (greenToken.Kind is SyntaxKind.HeredocBodyToken or SyntaxKind.HeredocTerminatorToken)
                {
                    return;
                }

                var token = new SyntaxToken(null, greenToken, position, index);
                _tokens.Add(inInstruction ? new TokenInfo(token, ++_units, SyntaxKind.None, green.Kind) : new TokenInfo(token, frame.Unit, frame.Form, green.Kind));
                if (greenToken.Kind == SyntaxKind.EndOfLineToken)
                {
                    return;
                }

                continue;
            }

            var kind = slot.Kind;
            if (SyntaxFacts.IsInstruction(kind))
            {
                _frames.Add(new Frame(slot, position, -1, SyntaxKind.None, ++_units));
            }
            else if (inInstruction)
            {
                bool restOfLine = green.Kind is SyntaxKind.WorkdirInstruction or SyntaxKind.UserInstruction or SyntaxKind.StopsignalInstruction or SyntaxKind.MaintainerInstruction;
                _frames.Add(restOfLine
                    ? new Frame(slot, position, frame.RestUnit, SyntaxKind.RawText, 0)
                    : new Frame(slot, position, ++_units, kind, 0));
            }
            else
            {
                _frames.Add(new Frame(slot, position, frame.Unit, frame.Form, 0));
            }
        }
    }

    /// <summary>
    /// A gap on one line (spaces and tabs only, or nothing): the common case, decided from the text without reading
    /// trivia. Returns false when the gap holds anything else (a line continuation), for <see cref="FormatGap"/>.
    /// </summary>
    private bool TryFormatSimpleGap(SyntaxToken a, SyntaxToken b, GapKind kind)
    {
        int start = a.Span.End;
        int end = b.Span.Start;
        for (int k = start; k < end; k++)
        {
            char c = _text[k];
            if (c != ' ' && c != '\t')
            {
                return false;
            }
        }

        switch (kind)
        {
            case GapKind.End:
                if (!_options.TrimTrailingWhitespace)
                {
                    return true;
                }

                if (a.Kind is SyntaxKind.ShellTextToken or SyntaxKind.TextToken)
                {
                    int tokenStart = a.Span.Start;
                    int run = start;
                    while (run > tokenStart && IsBlank(_text[run - 1]))
                    {
                        run--;
                    }

                    // Escaped white space is part of the word; a segment of white space alone is left to its line.
                    if (run > tokenStart && _text[run - 1] != '\\')
                    {
                        start = run;
                    }
                }

                if (end > start && !(start > 0 && _text[start - 1] == '\r'))
                {
                    AddEdit(start, end - start, string.Empty);
                }

                return true;
            case GapKind.Separator:
                if (b.Kind == SyntaxKind.ShellTextToken)
                {
                    int tokenEnd = b.Span.End;
                    while (end < tokenEnd && IsBlank(_text[end]))
                    {
                        end++;
                    }
                }

                if (end > start && !(end - start == 1 && _text[start] == ' '))
                {
                    AddEdit(start, end - start, " ");
                }

                return true;
            case GapKind.Json:
                string? wanted = JsonSpace(a.Kind, b.Kind, end - start);
                if (wanted != null && (wanted.Length != end - start || (wanted.Length == 1 && _text[start] != ' ')))
                {
                    AddEdit(start, end - start, wanted);
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>Which joins of the shell form that token <paramref name="index"/> is in are plain word separation, by token index.</summary>
    private Dictionary<int, bool> ComputeSafeJoins(int index)
    {
        int unit = _tokens[index].Unit;
        int first = index;
        while (first > 0 && _tokens[first - 1].Unit == unit)
        {
            first--;
        }

        _segments.Clear();
        for (int i = first; i < _tokens.Count && _tokens[i].Unit == unit; i++)
        {
            if (_tokens[i].Token.Kind == SyntaxKind.ShellTextToken)
            {
                _segments.Add(_tokens[i].Token.Span);
            }
        }

        ShellJoinScanner.SafeJoins(_text, _segments, _safe, _stack);
        _safeByToken.Clear();
        for (int i = 0; i < _segments.Count; i++)
        {
            _safeByToken[_segments[i].Start] = _safe[i];
        }

        return _safeByToken;
    }

    private void FormatGap(SyntaxToken a, SyntaxToken b, GapKind kind, bool shellSafe)
    {
        // Read the gap: white space at the end of a (shell text keeps it in the token), a's trailing trivia,
        // b's leading trivia, white space at the start of b.
        int start = a.Span.End;
        bool blankSegment = false;
        if (a.Kind is SyntaxKind.ShellTextToken or SyntaxKind.TextToken)
        {
            int tokenStart = a.Span.Start;
            int run = start;
            while (run > tokenStart && IsBlank(_text[run - 1]))
            {
                run--;
            }

            if (run > tokenStart && run < start && _text[run - 1] == '\\')
            {
                // White space after a backslash is escaped: it is part of the word.
                shellSafe = false;
            }
            else if (run == tokenStart && a.Kind == SyntaxKind.ShellTextToken)
            {
                // A segment of white space alone (a line that is only indentation and the escape) belongs to the gap
                // before it, which rewrote it as indentation: nothing is added after it.
                blankSegment = true;
            }
            else
            {
                start = run;
            }
        }

        int end = b.Span.Start;
        if (b.Kind == SyntaxKind.ShellTextToken)
        {
            int tokenEnd = b.Span.End;
            while (end < tokenEnd && IsBlank(_text[end]))
            {
                end++;
            }
        }

        if (!RenderGap(a, b, start, end, kind, shellSafe, blankSegment))
        {
            return;
        }

        if (_sb.Length == 0 && start > 0 && _text[start - 1] == '\r')
        {
            // Removing the white space would make a carriage return part of the line break.
            return;
        }

        if (!SameAsText(start, end))
        {
            // Most gaps of a file render the same (" \\\n    "): reuse the last string when it is equal.
            if (!SameAs(_lastGap))
            {
                _lastGap = _sb.ToString();
            }

            AddEdit(start, end - start, _lastGap);
        }
    }

    /// <summary>Whether the rendered gap in <see cref="_sb"/> is the text between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private bool SameAsText(int start, int end)
    {
        if (_sb.Length != end - start)
        {
            return false;
        }

        for (int i = 0; i < _sb.Length; i++)
        {
            if (_sb[i] != _text[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private bool SameAs(string text)
    {
        if (_sb.Length != text.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (_sb[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Renders the new text of a gap into <see cref="_sb"/>; false to leave the gap as it is.</summary>
    private bool RenderGap(SyntaxToken a, SyntaxToken b, int start, int end, GapKind kind, bool shellSafe, bool blankSegment)
    {
        _sb.Clear();

        // a's trailing trivia: white space, then at most one line continuation, nothing else.
        int continuation = -1;
        int continuationLength = 0;
        foreach (var piece in a.TrailingTrivia)
        {
            if (piece.Kind == SyntaxKind.WhitespaceTrivia && continuation < 0)
            {
                continue;
            }

            if (piece.Kind == SyntaxKind.LineContinuationTrivia && continuation < 0)
            {
                continuation = piece.Position;
                continuationLength = piece.Span.Length;
                continue;
            }

            return false;
        }

        if (continuation < 0)
        {
            foreach (var piece in b.LeadingTrivia)
            {
                if (piece.Kind != SyntaxKind.WhitespaceTrivia)
                {
                    return false;
                }
            }

            if (!IsAllBlank(start, end))
            {
                return false;
            }

            switch (kind)
            {
                case GapKind.End:
                    return _options.TrimTrailingWhitespace;
                case GapKind.Separator:
                    if (end == start)
                    {
                        return false;
                    }

                    _sb.Append(' ');
                    return true;
                case GapKind.Json:
                    string? json = JsonSpace(a.Kind, b.Kind, end - start);
                    _sb.Append(json);
                    return json != null;
                default:
                    return false;
            }
        }

        // A continuation: left edge, the escape and its line break, the comment and blank lines, the indentation.
        if (!IsAllBlank(start, continuation))
        {
            return false;
        }

        var lines = _gapLines;
        lines.Clear();
        var leading = b.LeadingTrivia;
        int rightStart = -1;
        var pieces = leading.GetEnumerator();
        bool more = pieces.MoveNext();
        while (more)
        {
            var line = new Line { Start = pieces.Current.Position };
            if (pieces.Current.Kind == SyntaxKind.WhitespaceTrivia)
            {
                line.WsLength = pieces.Current.Span.Length;
                more = pieces.MoveNext();
            }

            if (more && pieces.Current.Kind == SyntaxKind.CommentTrivia)
            {
                line.CommentStart = pieces.Current.Position;
                line.CommentLength = pieces.Current.Span.Length;
                line.HasComment = true;
                more = pieces.MoveNext();
            }

            if (more && pieces.Current.Kind == SyntaxKind.EndOfLineTrivia)
            {
                var breakSpan = pieces.Current.Span;
                if (_text[breakSpan.End - 1] != '\n')
                {
                    return false;
                }

                line.BreakStart = breakSpan.Start;
                line.BreakLength = breakSpan.Length;
                more = pieces.MoveNext();
                lines.Add(line);
                continue;
            }

            if (!more && !line.HasComment)
            {
                rightStart = line.Start;
                break;
            }

            if (!more && b.Kind == SyntaxKind.EndOfLineToken && b.Span.Length == 0)
            {
                // A comment on the last line of the file, without a line break.
                lines.Add(line);
                rightStart = b.Span.Start;
                break;
            }

            return false;
        }

        if (rightStart < 0)
        {
            rightStart = b.Span.Start;
        }

        if (!IsAllBlank(rightStart, end))
        {
            return false;
        }

        int leftLength = continuation - start;
        int rightLength = end - rightStart;
        bool edges = kind switch
        {
            GapKind.Json => true,
            GapKind.Separator => leftLength + rightLength > 0,
            GapKind.Shell => shellSafe && leftLength + rightLength > 0,
            _ => false,
        };

        if (edges && !blankSegment)
        {
            _sb.Append(' ');
        }
        else
        {
            _sb.Append(_text, start, leftLength);
        }

        int breakAt = continuation + 1;
        int continuationEnd = continuation + continuationLength;
        while (breakAt < continuationEnd && _text[breakAt] != '\r' && _text[breakAt] != '\n')
        {
            breakAt++;
        }

        if (breakAt >= continuationEnd)
        {
            return false;
        }

        _sb.Append(_text[continuation]);
        if (!_options.TrimTrailingWhitespace)
        {
            _sb.Append(_text, continuation + 1, breakAt - continuation - 1);
        }

        AppendBreak(breakAt, continuationEnd - breakAt);
        foreach (var line in lines)
        {
            if (line.HasComment)
            {
                if (_indent != null)
                {
                    _sb.Append(_indent);
                }
                else
                {
                    _sb.Append(_text, line.Start, line.WsLength);
                }

                AppendComment(line.CommentStart, line.CommentLength);
            }
            else if (!_options.TrimTrailingWhitespace)
            {
                _sb.Append(_text, line.Start, line.WsLength);
            }

            if (line.BreakLength > 0)
            {
                AppendBreak(line.BreakStart, line.BreakLength);
            }
        }

        if (kind == GapKind.End)
        {
            // White space before the instruction's end is trailing white space, which BuildKit trims.
            if (!_options.TrimTrailingWhitespace)
            {
                _sb.Append(_text, rightStart, rightLength);
            }
        }
        else if (edges && _indent != null)
        {
            _sb.Append(_indent);
        }
        else
        {
            _sb.Append(_text, rightStart, rightLength);
        }

        return true;
    }

    private void AppendBreak(int start, int length)
    {
        if (_convertTo != null)
        {
            _sb.Append(_convertTo);
        }
        else
        {
            _sb.Append(_text, start, length);
        }
    }

    private void AppendComment(int start, int length)
    {
        if (_options.TrimTrailingWhitespace)
        {
            length = TrimmedLength(start, length);
        }

        if (_options.SpaceAfterCommentHash && length > 1 && _text[start] == '#' && char.IsLetterOrDigit(_text[start + 1]))
        {
            _sb.Append("# ");
            _sb.Append(_text, start + 1, length - 1);
        }
        else
        {
            _sb.Append(_text, start, length);
        }
    }

    private string? JsonSpace(SyntaxKind a, SyntaxKind b, int originalLength)
    {
        var spacing = _options.JsonArraySpacing;
        if (spacing == JsonArraySpacing.Keep)
        {
            return null;
        }

        string inside = spacing == JsonArraySpacing.Spaced ? " " : string.Empty;
        if (a == SyntaxKind.OpenBracketToken && b == SyntaxKind.CloseBracketToken)
        {
            return string.Empty;
        }

        if (a == SyntaxKind.OpenBracketToken || b == SyntaxKind.CloseBracketToken)
        {
            return inside;
        }

        if (b == SyntaxKind.CommaToken)
        {
            return string.Empty;
        }

        if (a == SyntaxKind.CommaToken)
        {
            return " ";
        }

        return originalLength == 0 ? null : " ";
    }

    private void RewriteLegacyEnv(InstructionSyntax instruction)
    {
        if (instruction is not EnvInstructionSyntax)
        {
            return;
        }

        foreach (var pair in instruction.ChildNodes())
        {
            if (pair is not KeyValuePairSyntax kv || !kv.IsLegacyForm || kv.Value is not WordSyntax value)
            {
                continue;
            }

            var key = kv.Key;
            if (!IsPlainWord(key, allowQuotes: false) || !IsPlainWord(value, allowQuotes: true))
            {
                continue;
            }

            // The gap between key and value must be white space on one line.
            var keyLast = key.GetLastToken();
            var valueFirst = value.GetFirstToken();
            int start = keyLast.Span.End;
            int end = valueFirst.Span.Start;
            if (end == start || !IsAllBlank(start, end))
            {
                continue;
            }

            AddEdit(start, end - start, "=");
        }
    }

    /// <summary>A word with no white space, line continuation or comment in it (so it is one word on either side of the rewrite).</summary>
    private static bool IsPlainWord(WordSyntax word, bool allowQuotes)
    {
        var last = word.GetLastToken();
        bool any = false;
        foreach (var token in word.DescendantTokens())
        {
            any = true;
            if (token.LeadingTrivia.Count > 0)
            {
                return false;
            }

            foreach (var piece in token.TrailingTrivia)
            {
                if (token != last || piece.Kind != SyntaxKind.WhitespaceTrivia)
                {
                    return false;
                }
            }

            if (!allowQuotes && token.Kind != SyntaxKind.LiteralToken)
            {
                return false;
            }

            string text = token.Text;
            if (text.Length != token.ValueText.Length)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
        }

        return any;
    }

    // ----- line breaks -----

    private string NewLine()
    {
        if (_convertTo != null)
        {
            return _convertTo;
        }

        int n = _text.IndexOf('\n');
        return n > 0 && _text[n - 1] == '\r' ? "\r\n" : "\n";
    }

    private string Break(string original) => _convertTo ?? original;

    private void ConvertBreak(int start, string text)
    {
        if (_convertTo != null && text.Length > 0 && !string.Equals(text, _convertTo, StringComparison.Ordinal))
        {
            AddEdit(start, text.Length, _convertTo);
        }
    }

    /// <summary>Line breaks inside a token that a continuation splits.</summary>
    private void ConvertBreaksInside(SyntaxToken token)
    {
        if (_convertTo == null)
        {
            return;
        }

        string text = token.Text;
        int offset = token.Span.Start;
        for (int j = 0; j < text.Length; j++)
        {
            if (text[j] != '\n')
            {
                continue;
            }

            int i = j;
            while (i > 0 && text[i - 1] == '\r')
            {
                i--;
            }

            ConvertBreak(offset + i, text.Substring(i, j + 1 - i));
        }
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t';

    /// <summary>
    /// The length of a comment without its trailing spaces and tabs, unless that would leave a carriage return at the
    /// end, which would then join the line break and change the comment.
    /// </summary>
    private int TrimmedLength(int start, int length)
    {
        int end = length;
        while (end > 1 && IsBlank(_text[start + end - 1]))
        {
            end--;
        }

        return end > 0 && _text[start + end - 1] == '\r' ? length : end;
    }

    private bool IsAllBlank(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!IsBlank(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void AddEdit(int start, int length, string text) => _edits.Add(new Edit(start, length, text, _item));

    private readonly struct Edit
    {
        public Edit(int start, int length, string text, int item)
        {
            Start = start;
            Length = length;
            Text = text;
            Item = item;
        }

        public int Start { get; }

        public int Length { get; }

        public string Text { get; }

        public int Item { get; }
    }

    private readonly struct TokenInfo
    {
        public TokenInfo(SyntaxToken token, int unit, SyntaxKind form, SyntaxKind parentKind)
        {
            Token = token;
            Unit = unit;
            Form = form;
            ParentKind = parentKind;
        }

        public SyntaxKind ParentKind { get; }

        public SyntaxToken Token { get; }

        public int Unit { get; }

        public SyntaxKind Form { get; }
    }

    private struct Frame
    {
        public Frame(Dockerfile.Syntax.InternalSyntax.GreenNode node, int position, int unit, SyntaxKind form, int restUnit)
        {
            Node = node;
            Position = position;
            Unit = unit;
            Form = form;
            RestUnit = restUnit;
            Index = 0;
        }

        public Dockerfile.Syntax.InternalSyntax.GreenNode Node;
        public int Position;
        public int Unit;
        public SyntaxKind Form;
        public int RestUnit;
        public int Index;
    }

    private struct Line
    {
        public int Start;
        public int WsLength;
        public bool HasComment;
        public int CommentStart;
        public int CommentLength;
        public int BreakStart;
        public int BreakLength;
        public bool IsLast;
    }

    private readonly struct TriviaInfo
    {
        public TriviaInfo(SyntaxKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public SyntaxKind Kind { get; }

        public int Start { get; }

        public int Length { get; }
    }
}
