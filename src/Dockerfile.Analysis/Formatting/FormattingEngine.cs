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
    private int _item;
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

        var tokens = new List<SyntaxToken>();
        foreach (var token in instruction.DescendantTokens())
        {
            if (token.Kind is SyntaxKind.HeredocBodyToken or SyntaxKind.HeredocTerminatorToken)
            {
                break;
            }

            tokens.Add(token);
            if (token.Kind == SyntaxKind.EndOfLineToken)
            {
                break;
            }
        }

        Dictionary<int, bool>? safeJoins = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            FormatKeywordCase(token);
            if (token.Kind == SyntaxKind.EndOfLineToken)
            {
                ConvertBreak(token.Span.Start, token.Text);
                break;
            }

            if (token.Text.Length != token.ValueText.Length || token.Text.IndexOf('\n') >= 0)
            {
                ConvertBreaksInside(token);
            }

            if (i + 1 < tokens.Count)
            {
                var next = tokens[i + 1];
                var kind = Classify(token, next);
                bool safe = true;
                if (kind == GapKind.Shell)
                {
                    safeJoins ??= ComputeSafeJoins(token);
                    safe = _posixShell && safeJoins.TryGetValue(token.Span.Start, out bool s) && s;
                }

                FormatGap(token, next, kind, safe);
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
        var lines = new List<Line>();
        int i = 0;
        int count = trivia.Count;
        if (trivia[0].Kind == SyntaxKind.ByteOrderMarkTrivia)
        {
            i = 1;
        }

        while (i < count)
        {
            var line = new Line { Start = trivia[i].Position };
            if (trivia[i].Kind == SyntaxKind.WhitespaceTrivia)
            {
                line.Whitespace = trivia[i].Text;
                i++;
            }

            if (i < count && trivia[i].Kind == SyntaxKind.CommentTrivia)
            {
                line.Comment = trivia[i];
                line.HasComment = true;
                i++;
            }

            if (i < count && trivia[i].Kind == SyntaxKind.EndOfLineTrivia)
            {
                if (!trivia[i].Text.EndsWith("\n", StringComparison.Ordinal) && (!endOfFile || i != count - 1))
                {
                    // A carriage return alone is not a line break to BuildKit: leave the lines around it as they are.
                    return contentEnd;
                }

                line.Break = trivia[i].Text;
                line.BreakStart = trivia[i].Position;
                i++;
                lines.Add(line);
                continue;
            }

            if (i == count && (endOfFile || !line.HasComment))
            {
                // The last, unterminated line: the instruction's indentation, or the end of the file.
                line.BreakStart = line.HasComment ? line.Comment.Span.End : line.Start + (line.Whitespace?.Length ?? 0);
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
            bool beforeComment = n + 1 < lines.Count && lines[n + 1].HasComment && CouldBeDirective(lines[n + 1].Comment.Text);
            bool atEnd = n + 1 >= lines.Count || (lines[n + 1].IsLast && !lines[n + 1].HasComment);
            int keep = Math.Min(run, _options.MaxBlankLines);
            if (atTop)
            {
                // At the top of the file, or right after the parser directives, a comment after a blank line is
                // only a comment; without the blank line it could become a directive.
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
                FormatLine(lines[k], keepIndentation: false);
            }
        }

        foreach (var line in lines)
        {
            if (line.HasComment)
            {
                FormatLine(line, keepIndentation: false);
                NoteFormatSwitch(line);
            }
            else if (line.IsLast)
            {
                if (!keepIndentation && line.Whitespace != null && (_options.TrimTrailingWhitespace || !endOfFile))
                {
                    AddEdit(line.Start, line.Whitespace.Length, string.Empty);
                    if (endOfFile)
                    {
                        contentEnd = line.Start;
                    }
                }
            }
        }

        return contentEnd;
    }

    /// <summary>
    /// Whether a comment could be read as a parser directive (<c># name=value</c>) without the blank line above it.
    /// Any <c>=</c> counts: the directive reader accepts more white space than spaces and tabs.
    /// </summary>
    private static bool CouldBeDirective(string comment) => comment.IndexOf('=') >= 0;

    private void NoteFormatSwitch(Line line)
    {
        string text = line.Comment.Text.TrimStart('#').Trim();
        if (text.Equals("dfa format off", StringComparison.OrdinalIgnoreCase))
        {
            if (_offStart < 0)
            {
                _offStart = line.Start;
            }
        }
        else if (text.Equals("dfa format on", StringComparison.OrdinalIgnoreCase) && _offStart >= 0)
        {
            int end = line.IsLast ? line.BreakStart : line.BreakStart + line.Break!.Length;
            _protected.Add(TextSpan.FromBounds(_offStart, end));
            _offStart = -1;
        }
    }

    /// <summary>A whole line of trivia outside a continuation: indentation removed, the comment tidied, the break converted.</summary>
    private void FormatLine(Line line, bool keepIndentation)
    {
        if (line.Whitespace != null && !keepIndentation && (line.HasComment || _options.TrimTrailingWhitespace))
        {
            AddEdit(line.Start, line.Whitespace.Length, string.Empty);
        }

        if (line.HasComment)
        {
            FormatComment(line.Comment);
        }

        if (line.Break != null)
        {
            ConvertBreak(line.BreakStart, line.Break);
        }
    }

    private void FormatComment(SyntaxTrivia comment)
    {
        string text = comment.Text;
        int start = comment.Position;
        if (_options.TrimTrailingWhitespace)
        {
            int end = TrimmedLength(text);
            if (end < text.Length)
            {
                AddEdit(start + end, text.Length - end, string.Empty);
            }
        }

        if (_options.SpaceAfterCommentHash && text.Length > 1 && text[0] == '#' && char.IsLetterOrDigit(text[1]))
        {
            AddEdit(start + 1, 0, " ");
        }
    }

    // ----- inside an instruction -----

    private void FormatKeywordCase(SyntaxToken token)
    {
        if (_options.KeywordCase == KeywordCase.Keep)
        {
            return;
        }

        bool isKeyword = token.Kind == SyntaxKind.InstructionKeywordToken ||
            (token.Kind == SyntaxKind.KeywordToken && token.Parent is FromInstructionSyntax);
        if (!isKeyword)
        {
            return;
        }

        string text = token.Text;
        if (text.Length != token.ValueText.Length || !IsAsciiLetters(text))
        {
            return;
        }

        string wanted = _options.KeywordCase == KeywordCase.Upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
        if (!string.Equals(wanted, text, StringComparison.Ordinal))
        {
            AddEdit(token.Span.Start, text.Length, wanted);
        }
    }

    private static bool IsAsciiLetters(string text)
    {
        foreach (char c in text)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>What separates two consecutive tokens of an instruction's logical line.</summary>
    private static GapKind Classify(SyntaxToken a, SyntaxToken b)
    {
        if (b.Kind == SyntaxKind.EndOfLineToken)
        {
            return GapKind.End;
        }

        var unitA = UnitOf(a, out var formA);
        var unitB = UnitOf(b, out var formB);
        if (formA == SyntaxKind.ExecForm && formB == SyntaxKind.ExecForm)
        {
            return GapKind.Json;
        }

        if (unitA != null && ReferenceEquals(unitA, unitB))
        {
            return formA == SyntaxKind.ShellForm ? GapKind.Shell : GapKind.Inner;
        }

        return GapKind.Separator;
    }

    /// <summary>
    /// The argument a token belongs to: the child of its instruction that contains it (null for the instruction's
    /// own tokens: keyword, AS, line break). WORKDIR, USER, STOPSIGNAL and MAINTAINER take the rest of the line as
    /// one string, so all their arguments are one unit.
    /// </summary>
    private static SyntaxNode? UnitOf(SyntaxToken token, out SyntaxKind form)
    {
        form = SyntaxKind.None;
        var node = token.Parent;
        if (node is null || node is InstructionSyntax)
        {
            return null;
        }

        while (node.Parent is not null && node.Parent is not InstructionSyntax)
        {
            node = node.Parent;
        }

        form = node.Kind;
        var instruction = node.Parent;
        if (instruction is WorkdirInstructionSyntax or UserInstructionSyntax or StopsignalInstructionSyntax or MaintainerInstructionSyntax)
        {
            form = SyntaxKind.RawText;
            return instruction;
        }

        return node;
    }

    private Dictionary<int, bool> ComputeSafeJoins(SyntaxToken segment)
    {
        var result = new Dictionary<int, bool>();
        if (segment.Parent is not ShellFormSyntax form)
        {
            return result;
        }

        var segments = new List<SyntaxToken>();
        foreach (var token in form.Segments)
        {
            segments.Add(token);
        }

        bool[] safe = ShellJoinScanner.SafeJoins(segments);
        for (int i = 0; i < segments.Count; i++)
        {
            result[segments[i].Span.Start] = safe[i];
        }

        return result;
    }

    private void FormatGap(SyntaxToken a, SyntaxToken b, GapKind kind, bool shellSafe)
    {
        // Read the gap: white space at the end of a (shell text keeps it in the token), a's trailing trivia,
        // b's leading trivia, white space at the start of b.
        int start = a.Span.End;
        bool blankSegment = false;
        bool textEdges = a.Kind is SyntaxKind.ShellTextToken or SyntaxKind.TextToken;
        if (textEdges)
        {
            string aText = a.Text;
            int trailing = 0;
            while (trailing < aText.Length && IsBlank(aText[aText.Length - 1 - trailing]))
            {
                trailing++;
            }

            // White space after a backslash is escaped: it is part of the word.
            if (trailing > 0 && trailing < aText.Length && aText[aText.Length - 1 - trailing] == '\\')
            {
                trailing = 0;
                shellSafe = false;
            }

            // A segment of white space alone (a line that is only indentation and the escape) belongs to the gap
            // before it, which rewrote it as indentation: nothing is added after it.
            if (trailing == aText.Length && a.Kind == SyntaxKind.ShellTextToken)
            {
                trailing = 0;
                blankSegment = true;
            }

            start -= trailing;
        }

        int end = b.Span.Start;
        if (b.Kind == SyntaxKind.ShellTextToken)
        {
            string bText = b.Text;
            int leading = 0;
            while (leading < bText.Length && IsBlank(bText[leading]))
            {
                leading++;
            }

            end += leading;
        }

        string original = _text.Substring(start, end - start);
        string? formatted = RenderGap(a, b, start, end, kind, shellSafe, blankSegment);
        if (formatted != null && formatted.Length == 0 && start > 0 && _text[start - 1] == '\r')
        {
            // Removing the white space would make a carriage return part of the line break.
            formatted = null;
        }

        if (formatted != null && !string.Equals(formatted, original, StringComparison.Ordinal))
        {
            AddEdit(start, end - start, formatted);
        }
    }

    /// <summary>The new text of a gap, or null to leave it.</summary>
    private string? RenderGap(SyntaxToken a, SyntaxToken b, int start, int end, GapKind kind, bool shellSafe, bool blankSegment)
    {
        // a's trailing trivia: white space, then at most one line continuation, nothing else.
        int continuation = -1;
        string? continuationText = null;
        foreach (var piece in a.TrailingTrivia)
        {
            if (piece.Kind == SyntaxKind.WhitespaceTrivia && continuation < 0)
            {
                continue;
            }

            if (piece.Kind == SyntaxKind.LineContinuationTrivia && continuation < 0)
            {
                continuation = piece.Position;
                continuationText = piece.Text;
                continue;
            }

            return null;
        }

        if (continuation < 0)
        {
            if (b.LeadingTrivia.Count > 0)
            {
                foreach (var piece in b.LeadingTrivia)
                {
                    if (piece.Kind != SyntaxKind.WhitespaceTrivia)
                    {
                        return null;
                    }
                }
            }

            string blank = _text.Substring(start, end - start);
            if (!IsAllBlank(blank))
            {
                return null;
            }

            switch (kind)
            {
                case GapKind.End:
                    return _options.TrimTrailingWhitespace ? string.Empty : null;
                case GapKind.Separator:
                    return blank.Length == 0 ? null : " ";
                case GapKind.Json:
                    return JsonSpace(a.Kind, b.Kind, blank);
                default:
                    return null;
            }
        }

        // A continuation: left edge, the escape and its line break, the comment and blank lines, the indentation.
        string left = _text.Substring(start, continuation - start);
        if (!IsAllBlank(left))
        {
            return null;
        }

        var lines = new List<Line>();
        var leading = b.LeadingTrivia;
        int i = 0;
        string? rightTrivia = null;
        while (i < leading.Count)
        {
            var line = new Line { Start = leading[i].Position };
            if (leading[i].Kind == SyntaxKind.WhitespaceTrivia)
            {
                line.Whitespace = leading[i].Text;
                i++;
            }

            if (i < leading.Count && leading[i].Kind == SyntaxKind.CommentTrivia)
            {
                line.Comment = leading[i];
                line.HasComment = true;
                i++;
            }

            if (i < leading.Count && leading[i].Kind == SyntaxKind.EndOfLineTrivia)
            {
                if (!leading[i].Text.EndsWith("\n", StringComparison.Ordinal))
                {
                    return null;
                }

                line.Break = leading[i].Text;
                i++;
                lines.Add(line);
                continue;
            }

            if (i == leading.Count && !line.HasComment)
            {
                rightTrivia = line.Whitespace ?? string.Empty;
                break;
            }

            if (i == leading.Count && b.Kind == SyntaxKind.EndOfLineToken && b.Text.Length == 0)
            {
                // A comment on the last line of the file, without a line break.
                lines.Add(line);
                rightTrivia = string.Empty;
                break;
            }

            return null;
        }

        int rightStart = b.Span.Start - (rightTrivia?.Length ?? 0);
        string right = _text.Substring(rightStart, end - rightStart);
        if (!IsAllBlank(right))
        {
            return null;
        }

        bool edges = kind switch
        {
            GapKind.Json => true,
            GapKind.Separator => left.Length + right.Length > 0,
            GapKind.Shell => shellSafe && left.Length + right.Length > 0,
            _ => false,
        };

        var sb = new StringBuilder(end - start + 8);
        sb.Append(edges && !blankSegment ? " " : left);
        string escapeAndBreak = continuationText!;
        int breakAt = escapeAndBreak.IndexOfAny(new[] { '\r', '\n' });
        if (breakAt < 1)
        {
            return null;
        }

        sb.Append(escapeAndBreak[0]);
        if (!_options.TrimTrailingWhitespace)
        {
            sb.Append(escapeAndBreak, 1, breakAt - 1);
        }

        sb.Append(Break(escapeAndBreak.Substring(breakAt)));
        foreach (var line in lines)
        {
            if (line.HasComment)
            {
                sb.Append(_indent ?? line.Whitespace ?? string.Empty);
                sb.Append(CommentText(line.Comment.Text));
            }
            else if (!_options.TrimTrailingWhitespace && line.Whitespace != null)
            {
                sb.Append(line.Whitespace);
            }

            if (line.Break != null)
            {
                sb.Append(Break(line.Break));
            }
        }

        if (kind == GapKind.End)
        {
            // White space before the instruction's end is trailing white space, which BuildKit trims.
            sb.Append(_options.TrimTrailingWhitespace ? string.Empty : right);
        }
        else
        {
            sb.Append(edges && _indent != null ? _indent : right);
        }

        return sb.ToString();
    }

    private string CommentText(string text)
    {
        if (_options.TrimTrailingWhitespace)
        {
            text = text.Substring(0, TrimmedLength(text));
        }

        if (_options.SpaceAfterCommentHash && text.Length > 1 && text[0] == '#' && char.IsLetterOrDigit(text[1]))
        {
            text = "# " + text.Substring(1);
        }

        return text;
    }

    private string? JsonSpace(SyntaxKind a, SyntaxKind b, string original)
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

        return original.Length == 0 ? null : " ";
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
            string gap = _text.Substring(start, end - start);
            if (gap.Length == 0 || !IsAllBlank(gap))
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
    private static int TrimmedLength(string text)
    {
        int end = text.Length;
        while (end > 1 && IsBlank(text[end - 1]))
        {
            end--;
        }

        return end > 0 && text[end - 1] == '\r' ? text.Length : end;
    }

    private static bool IsAllBlank(string text)
    {
        foreach (char c in text)
        {
            if (!IsBlank(c))
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

    private struct Line
    {
        public int Start;
        public string? Whitespace;
        public SyntaxTrivia Comment;
        public bool HasComment;
        public string? Break;
        public int BreakStart;
        public bool IsLast;
    }
}
