using System.Collections.Generic;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Formatting;

/// <summary>
/// Finds the line continuations of a shell-form command where the white space around the join is plain word
/// separation for a POSIX shell: outside quotes, substitutions and subshells, and not escaped. Only there may the
/// formatter change how much white space the joined command has. It errs on the side of "no": anything nested is
/// left alone. The state is an explicit stack, so no input can make it recurse.
/// </summary>
internal static class ShellJoinScanner
{
    /// <summary>
    /// For each segment of the shell form (one per physical line) but the last, whether the white space at its end
    /// and at the start of the next segment separates words and nothing else.
    /// </summary>
    /// <param name="source">The text of the whole file.</param>
    /// <param name="segments">The spans of the form's <see cref="SyntaxKind.ShellTextToken"/>s in order.</param>
    /// <param name="result">Receives one flag per segment; the last is always false.</param>
    /// <param name="stack">A list to use as the stack (cleared here).</param>
    public static void SafeJoins(string source, IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan> segments, List<bool> result, List<char> stack)
    {
        result.Clear();
        for (int s = 0; s < segments.Count; s++)
        {
            result.Add(false);
        }

        stack.Clear();
        bool escaped = false;
        bool comment = false;
        char previous = ' ';
        for (int s = 0; s < segments.Count; s++)
        {
            int offset = segments[s].Start;
            int length = segments[s].Length;
            int contentEnd = length;
            while (contentEnd > 0 && (source[offset + contentEnd - 1] == ' ' || source[offset + contentEnd - 1] == '\t'))
            {
                contentEnd--;
            }

            for (int i = 0; i < length; i++)
            {
                if (i == contentEnd && s < segments.Count - 1)
                {
                    result[s] = comment || (stack.Count == 0 && !escaped);
                }

                char c = source[offset + i];
                if (comment)
                {
                    continue;
                }

                if (escaped)
                {
                    escaped = false;
                    previous = 'x';
                    continue;
                }

                char top = stack.Count == 0 ? '\0' : stack[stack.Count - 1];
                char next = i + 1 < length ? source[offset + i + 1] : '\0';
                if (top == '\'')
                {
                    if (c == '\'')
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    previous = c;
                    continue;
                }

                switch (c)
                {
                    case '\\':
                        escaped = true;
                        break;
                    case '\'':
                        if (top != '"')
                        {
                            stack.Add('\'');
                        }

                        break;
                    case '"':
                        if (top == '"')
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }
                        else
                        {
                            stack.Add('"');
                        }

                        break;
                    case '`':
                        if (top == '`')
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }
                        else
                        {
                            stack.Add('`');
                        }

                        break;
                    case '$':
                        if (next == '\'')
                        {
                            // $'...' has its own escapes: everything after it is left alone.
                            stack.Add('X');
                            i++;
                            c = next;
                        }
                        else if (next == '(' || next == '{')
                        {
                            stack.Add(next);
                            i++;
                            c = next;
                        }

                        break;
                    case '(':
                        if (top != '"')
                        {
                            stack.Add('(');
                        }

                        break;
                    case ')':
                        if (top == '(')
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }

                        break;
                    case '{':
                        if (top == '{')
                        {
                            stack.Add('{');
                        }

                        break;
                    case '}':
                        if (top == '{')
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }

                        break;
                    case '#':
                        if (stack.Count == 0 && (previous == ' ' || previous == '\t' || previous == ';' || previous == '&' || previous == '|'))
                        {
                            comment = true;
                        }

                        break;
                }

                previous = c;
            }

            if (contentEnd == length && s < segments.Count - 1)
            {
                result[s] = comment || (stack.Count == 0 && !escaped);
            }

            // Segments are joined without a character between them: the next one starts where this one stopped.
        }

        if (segments.Count > 0)
        {
            result[segments.Count - 1] = false;
        }
    }
}
