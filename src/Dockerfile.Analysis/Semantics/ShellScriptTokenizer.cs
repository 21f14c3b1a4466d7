using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// Splits a shell script into words and control operators. Quotes, backslash escapes, <c>$(...)</c>,
/// <c>${...}</c> and backticks never split a word; unterminated constructs run to the end of the text.
/// Heredoc bodies registered with <see cref="AddHeredoc"/> are skipped after the next line break.
/// </summary>
internal sealed class ShellScriptTokenizer
{
    private readonly string text;
    private readonly Queue<KeyValuePair<string, bool>> heredocs = new();

    // Reused by every word: most words need no unquoting, and the others share one buffer.
    private readonly StringBuilder value = new();

    // The substitutions and double-quoted strings open inside the one SkipSubstitution is stepping over.
    private readonly List<NestingFrame> nesting = new();
    private int position;

    /// <summary>Initializes a new tokenizer over <paramref name="text"/>.</summary>
    public ShellScriptTokenizer(string text)
    {
        this.text = text;
    }

    /// <summary>Registers a heredoc whose body starts after the next line break.</summary>
    public void AddHeredoc(string delimiter, bool stripTabs)
        => heredocs.Enqueue(new KeyValuePair<string, bool>(delimiter, stripTabs));

    /// <summary>Reads the next token.</summary>
    public ShellToken Next()
    {
        while (true)
        {
            SkipBlanks();
            if (position >= text.Length)
            {
                return new ShellToken(ShellTokenKind.End, ShellOperator.None, default);
            }

            char c = text[position];
            char next = Peek(1);
            switch (c)
            {
                case '#':
                    while (position < text.Length && text[position] != '\n')
                    {
                        position++;
                    }

                    continue;
                case '\n':
                    position++;
                    SkipHeredocBodies();
                    return Operator(ShellOperator.Newline, 0);
                case '&' when next == '&':
                    return Operator(ShellOperator.AndAnd, 2);
                case '&' when next != '>':
                    return Operator(ShellOperator.Background, 1);
                case '|' when next == '|':
                    return Operator(ShellOperator.OrOr, 2);
                case '|':
                    return Operator(ShellOperator.Pipe, next == '&' ? 2 : 1);
                case ';':
                    return Operator(ShellOperator.Semicolon, next == ';' || next == '&' ? 2 : 1);
                case '(':
                    position++;
                    return new ShellToken(ShellTokenKind.OpenParen, ShellOperator.None, default);
                case ')':
                    position++;
                    return new ShellToken(ShellTokenKind.CloseParen, ShellOperator.None, default);
                default:
                    return ReadWord();
            }
        }
    }

    private char Peek(int offset)
        => position + offset < text.Length ? text[position + offset] : '\0';

    private ShellToken Operator(ShellOperator op, int length)
    {
        position += length;
        return new ShellToken(ShellTokenKind.Operator, op, default);
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';

    // The ASCII characters ReadWord treats specially: blanks, line breaks, operators, parentheses, quotes, the
    // backslash and the starts of substitutions. Any other character is taken as it is.
    private static readonly bool[] s_special = MakeSpecial();

    private static bool[] MakeSpecial()
    {
        var special = new bool[128];
        foreach (char c in " \t\r\f\v\n;|()&\\'\"$`")
        {
            special[c] = true;
        }

        return special;
    }

    private static bool IsPlain(char c) => c >= 128 || !s_special[c];

    private int LineContinuationLength(int at)
    {
        if (at + 1 < text.Length && text[at] == '\\')
        {
            if (text[at + 1] == '\n')
            {
                return 2;
            }

            if (text[at + 1] == '\r' && at + 2 < text.Length && text[at + 2] == '\n')
            {
                return 3;
            }
        }

        return 0;
    }

    private void SkipBlanks()
    {
        while (position < text.Length)
        {
            if (IsBlank(text[position]))
            {
                position++;
                continue;
            }

            int continuation = LineContinuationLength(position);
            if (continuation == 0)
            {
                return;
            }

            position += continuation;
        }
    }

    private void SkipHeredocBodies()
    {
        while (heredocs.Count > 0)
        {
            KeyValuePair<string, bool> heredoc = heredocs.Dequeue();
            while (position < text.Length)
            {
                int end = text.IndexOf('\n', position);
                int lineEnd = end < 0 ? text.Length : end;
                string line = text.Substring(position, lineEnd - position).TrimEnd('\r');
                if (heredoc.Value)
                {
                    line = line.TrimStart('\t');
                }

                position = end < 0 ? text.Length : end + 1;
                if (line == heredoc.Key)
                {
                    break;
                }
            }
        }
    }

    private ShellToken ReadWord()
    {
        int start = position;
        var value = this.value.Clear();

        // True while the word's value is its text as written (no quote or backslash seen): the value builder is
        // filled only from the first quote or backslash on, with the text before it.
        bool verbatim = true;
        while (position < text.Length)
        {
            char c = text[position];
            if (IsPlain(c))
            {
                // Most characters of a word: no quoting, substitution, operator or blank.
                if (!verbatim)
                {
                    value.Append(c);
                }

                position++;
                continue;
            }

            if (IsBlank(c) || c == '\n' || c == ';' || c == '|' || c == '(' || c == ')' || LineContinuationLength(position) > 0)
            {
                break;
            }

            if (c == '&')
            {
                // Part of a redirection such as 2>&1, >&2 or &>file; otherwise an operator.
                bool afterRedirect = position > start && (text[position - 1] == '>' || text[position - 1] == '<');
                bool redirectFirst = position == start && Peek(1) == '>';
                if (!afterRedirect && !redirectFirst)
                {
                    break;
                }
            }

            if (verbatim && (c == '\\' || c == '\'' || c == '"'))
            {
                verbatim = false;
                value.Append(text, start, position - start);
            }

            switch (c)
            {
                case '\\':
                    if (position + 1 < text.Length)
                    {
                        value.Append(text[position + 1]);
                        position += 2;
                    }
                    else
                    {
                        value.Append(c);
                        position++;
                    }

                    break;
                case '\'':
                    int close = text.IndexOf('\'', position + 1);
                    int end = close < 0 ? text.Length : close;
                    value.Append(text, position + 1, end - position - 1);
                    position = close < 0 ? text.Length : close + 1;
                    break;
                case '"':
                    position++;
                    ReadDoubleQuoted(value);
                    break;
                case '$' when Peek(1) == '(' || Peek(1) == '{':
                case '`':
                    int from = position;
                    SkipSubstitution();
                    if (!verbatim)
                    {
                        value.Append(text, from, position - from);
                    }

                    break;
                default:
                    if (!verbatim)
                    {
                        value.Append(c);
                    }

                    position++;
                    break;
            }
        }

        if (position == start)
        {
            // Defensive: never return an empty word without advancing (the value is the text: verbatim).
            position++;
        }

        string raw = text.Substring(start, position - start);
        return new ShellToken(ShellTokenKind.Word, ShellOperator.None, new ShellWord(raw, verbatim ? raw : value.ToString(), start, position - start));
    }

    private void ReadDoubleQuoted(StringBuilder value)
    {
        while (position < text.Length)
        {
            char c = text[position];
            if (c == '"')
            {
                position++;
                return;
            }

            if (c == '\\' && position + 1 < text.Length)
            {
                char escaped = text[position + 1];
                if (escaped == '$' || escaped == '`' || escaped == '"' || escaped == '\\')
                {
                    value.Append(escaped);
                    position += 2;
                }
                else if (LineContinuationLength(position) > 0)
                {
                    position += LineContinuationLength(position);
                }
                else
                {
                    value.Append(c);
                    position++;
                }

                continue;
            }

            if ((c == '$' && (Peek(1) == '(' || Peek(1) == '{')) || c == '`')
            {
                int from = position;
                SkipSubstitution();
                value.Append(text, from, position - from);
                continue;
            }

            value.Append(c);
            position++;
        }
    }

    // Skips $(...), $((...)), ${...} or `...` starting at the current position, honouring nesting and quotes.
    // Iterative: the open substitutions and double-quoted strings are kept on an explicit stack, so input nested
    // any depth cannot overflow the call stack.
    private void SkipSubstitution()
    {
        if (!EnterSubstitution())
        {
            return;
        }

        while (nesting.Count > 0 && position < text.Length)
        {
            int top = nesting.Count - 1;
            NestingFrame frame = nesting[top];
            char ch = text[position];
            if (frame.Closing == '"')
            {
                // Inside a double-quoted string nested in a substitution (its unquoted text is not kept).
                if (ch == '"')
                {
                    position++;
                    nesting.RemoveAt(top);
                }
                else if (ch == '\\' && position + 1 < text.Length)
                {
                    char escaped = text[position + 1];
                    int continuation = LineContinuationLength(position);
                    position += escaped == '$' || escaped == '`' || escaped == '"' || escaped == '\\' ? 2
                        : continuation > 0 ? continuation
                        : 1;
                }
                else if (ch == '`' || (ch == '$' && (Peek(1) == '(' || Peek(1) == '{')))
                {
                    EnterSubstitution();
                }
                else
                {
                    position++;
                }

                continue;
            }

            if (ch == '\\')
            {
                position += 2;
            }
            else if (ch == '\'')
            {
                int close = text.IndexOf('\'', position + 1);
                position = close < 0 ? text.Length : close + 1;
            }
            else if (ch == '"')
            {
                position++;
                nesting.Add(new NestingFrame('"', '"'));
            }
            else if (ch == '`' || (ch == '$' && (Peek(1) == '(' || Peek(1) == '{')))
            {
                EnterSubstitution();
            }
            else
            {
                if (ch == frame.Open)
                {
                    frame.Depth++;
                }
                else if (ch == frame.Closing)
                {
                    frame.Depth--;
                }

                position++;
                if (frame.Depth == 0)
                {
                    nesting.RemoveAt(top);
                }
                else
                {
                    nesting[top] = frame;
                }
            }
        }

        nesting.Clear();
        if (position > text.Length)
        {
            position = text.Length;
        }
    }

    // Steps over the start of a substitution at the current position: a backtick string is skipped whole (it
    // cannot nest); $( or ${ pushes a frame. Returns whether a frame was pushed.
    private bool EnterSubstitution()
    {
        if (text[position] == '`')
        {
            position++;
            while (position < text.Length && text[position] != '`')
            {
                position += text[position] == '\\' ? 2 : 1;
            }

            position = position < text.Length ? position + 1 : text.Length;
            return false;
        }

        char open = Peek(1);
        position += 2;
        nesting.Add(new NestingFrame(open, open == '(' ? ')' : '}') { Depth = 1 });
        return true;
    }

    // An open substitution (Open is "(" or "{", Depth counts unmatched Open characters) or a double-quoted
    // string (Open and Closing are both the quote).
    private struct NestingFrame
    {
        public NestingFrame(char open, char closing)
        {
            Open = open;
            Closing = closing;
            Depth = 0;
        }

        public char Open { get; }

        public char Closing { get; }

        public int Depth { get; set; }
    }
}
