using System;
using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Syntax.Parser;

/// <summary>Exec form: BuildKit accepts the arguments as JSON only when they are a valid JSON array.</summary>
internal sealed partial class InstructionParser
{
    private static readonly string[] s_jsonLiterals = { "true", "false", "null" };

    /// <summary>
    /// Whether a command that starts with <c>[</c> is evidently the shell's test command, not a broken JSON array:
    /// <c>[ -f x ] || make</c>, <c>[ "$A" = "b" ] &amp;&amp; exit 0</c>, <c>[ -n "$X" ]</c>. That is: a blank after the <c>[</c>, no comma
    /// before the first <c>]</c> that follows a blank, and after that <c>]</c> a shell operator, or nothing when the
    /// brackets hold a test operator (<c>-n</c>, <c>!</c>, <c>=</c>).
    /// </summary>
    private bool LooksLikeShellTest(int a, int e)
    {
        if (a + 1 >= e || _l[a] != '[' || !IsBlank(_l[a + 1]))
        {
            return false;
        }

        int k = a + 2;
        bool testOperator = false;
        while (k < e && !(_l[k] == ']' && IsBlank(_l[k - 1])))
        {
            if (_l[k] == ',')
            {
                return false;
            }

            // `-f`, `-n`, `!`, `=`, `!=` after a blank: the words of a test, never of a JSON array.
            testOperator |= IsBlank(_l[k - 1]) && (_l[k] == '-' || _l[k] == '!' || _l[k] == '=');
            k++;
        }

        if (k >= e)
        {
            return false;
        }

        int p = k + 1;
        while (p < e && IsBlank(_l[p]))
        {
            p++;
        }

        // A test followed by a shell operator (`[ -f x ] || make`), or a test alone (`RUN [ -n "$X" ]` fails the build
        // when X is empty).
        return p < e ? _l[p] == '&' || _l[p] == '|' || _l[p] == ';' || _l[p] == '>' || _l[p] == '<' : testOperator;

        static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\' || c == '`';
    }

    private bool TryParseJson(PNode node, int a, int e, out bool looksLikeJson)
    {
        looksLikeJson = a < e && _l[a] == '[';
        if (!looksLikeJson)
        {
            return false;
        }

        var elements = new List<(int Start, int End, string? Value)>();
        var commas = new List<int>();
        int p = a + 1;
        SkipJsonSpace(ref p, e);
        if (p < e && _l[p] == ']')
        {
            p++;
        }
        else
        {
            while (true)
            {
                SkipJsonSpace(ref p, e);
                int start = p;
                string? value = null;
                if (p < e && _l[p] == '"')
                {
                    value = ReadJsonString(ref p, e);
                    if (value == null)
                    {
                        return false;
                    }
                }
                else if (!SkipJsonValue(ref p, e))
                {
                    return false;
                }

                elements.Add((start, p, value));
                SkipJsonSpace(ref p, e);
                if (p < e && _l[p] == ',')
                {
                    commas.Add(p);
                    p++;
                    continue;
                }

                if (p < e && _l[p] == ']')
                {
                    p++;
                    break;
                }

                return false;
            }
        }

        int close = p - 1;
        SkipJsonSpace(ref p, e);
        if (p != e)
        {
            return false;
        }

        var exec = _arena.Node(SyntaxKind.ExecForm);
        exec.Add(Token(SyntaxKind.OpenBracketToken, a, a + 1));
        bool allStrings = true;
        for (int i = 0; i < elements.Count; i++)
        {
            var (start, end, value) = elements[i];
            if (value != null)
            {
                exec.Add(Token(SyntaxKind.StringLiteralToken, start, end));
            }
            else
            {
                exec.Add(Token(SyntaxKind.JsonValueToken, start, end));
                allStrings = false;
            }

            if (i < commas.Count)
            {
                exec.Add(Token(SyntaxKind.CommaToken, commas[i], commas[i] + 1));
            }
        }

        exec.Add(Token(SyntaxKind.CloseBracketToken, close, close + 1));
        if (!allStrings)
        {
            exec.AddDiagnostic(SyntaxDiagnostics.ExecFormNotStrings, MapStart(a), MapEnd(close + 1));
        }

        node.Add(exec);
        return true;
    }

    private void SkipJsonSpace(ref int p, int e)
    {
        while (p < e && CharFacts.IsJsonSpace(_l[p]))
        {
            p++;
        }
    }

    /// <summary>Validates a JSON string at <paramref name="p"/>; returns null when it is invalid.</summary>
    private string? ReadJsonString(ref int p, int e) => JsonString.TryRead(_l, ref p, e, null) ? string.Empty : null;

    /// <summary>Skips any JSON value without recursion (nesting is tracked with a stack, as Go limits it to 10,000 levels).</summary>
    private bool SkipJsonValue(ref int p, int e)
    {
        var stack = new Stack<char>();
        bool expectValue = true;
        while (true)
        {
            SkipJsonSpace(ref p, e);
            if (p >= e)
            {
                return false;
            }

            char c = _l[p];
            if (expectValue)
            {
                if (c == '[' || c == '{')
                {
                    if (stack.Count >= 10000)
                    {
                        return false;
                    }

                    stack.Push(c == '[' ? ']' : '}');
                    p++;
                    SkipJsonSpace(ref p, e);
                    if (p < e && _l[p] == stack.Peek())
                    {
                        p++;
                        stack.Pop();
                        expectValue = false;
                    }
                    else if (c == '{')
                    {
                        if (!ReadObjectKey(ref p, e))
                        {
                            return false;
                        }
                    }

                    if (stack.Count == 0)
                    {
                        return true;
                    }

                    continue;
                }

                if (c == '"')
                {
                    if (ReadJsonString(ref p, e) == null)
                    {
                        return false;
                    }
                }
                else if (!SkipJsonScalar(ref p, e))
                {
                    return false;
                }

                expectValue = false;
                if (stack.Count == 0)
                {
                    return true;
                }

                continue;
            }

            if (stack.Count == 0)
            {
                return true;
            }

            if (c == ',')
            {
                p++;
                if (stack.Peek() == '}' && !ReadObjectKey(ref p, e))
                {
                    return false;
                }

                expectValue = true;
                continue;
            }

            if (c == stack.Peek())
            {
                p++;
                stack.Pop();
                if (stack.Count == 0)
                {
                    return true;
                }

                continue;
            }

            return false;
        }
    }

    private bool ReadObjectKey(ref int p, int e)
    {
        SkipJsonSpace(ref p, e);
        if (p >= e || _l[p] != '"' || ReadJsonString(ref p, e) == null)
        {
            return false;
        }

        SkipJsonSpace(ref p, e);
        if (p >= e || _l[p] != ':')
        {
            return false;
        }

        p++;
        return true;
    }

    private bool SkipJsonScalar(ref int p, int e)
    {
        foreach (var literal in s_jsonLiterals)
        {
            if (p + literal.Length <= e && new ReadOnlySpan<char>(_l, p, literal.Length).SequenceEqual(literal.AsSpan()))
            {
                p += literal.Length;
                return true;
            }
        }

        int i = p;
        if (i < e && _l[i] == '-')
        {
            i++;
        }

        if (i >= e || !IsDigit(_l[i]))
        {
            return false;
        }

        if (_l[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < e && IsDigit(_l[i]))
            {
                i++;
            }
        }

        if (i < e && _l[i] == '.')
        {
            i++;
            if (i >= e || !IsDigit(_l[i]))
            {
                return false;
            }

            while (i < e && IsDigit(_l[i]))
            {
                i++;
            }
        }

        if (i < e && (_l[i] == 'e' || _l[i] == 'E'))
        {
            i++;
            if (i < e && (_l[i] == '+' || _l[i] == '-'))
            {
                i++;
            }

            if (i >= e || !IsDigit(_l[i]))
            {
                return false;
            }

            while (i < e && IsDigit(_l[i]))
            {
                i++;
            }
        }

        p = i;
        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
