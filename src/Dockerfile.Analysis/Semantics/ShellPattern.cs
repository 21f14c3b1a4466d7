using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// Shell wildcard patterns as used by <c>${name#pattern}</c>, <c>${name%pattern}</c> and
/// <c>${name/pattern/replacement}</c>: <c>?</c> is one character, <c>*</c> any run of characters, and a
/// backslash makes <c>*</c>, <c>?</c> or itself literal. Bracket expressions are not supported (BuildKit
/// does not support them either). Patterns are translated into .NET regular expressions that behave like
/// the RE2 expressions BuildKit builds: matching is per code point and <c>.</c> never matches a newline.
/// </summary>
internal static class ShellPattern
{
    // One Go rune: a surrogate pair or any UTF-16 unit that is neither a surrogate nor a newline. The two
    // alternatives never match the same text, so no engine can split a pair, and no atomic group is needed (the
    // non-backtracking engine has none). A lone surrogate, which strict UTF-8 decoding never produces, matches
    // neither.
    private const string AnyRune = @"(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n\uD800-\uDFFF])";

#if NET
    // Linear in the input whatever the pattern (like the RE2 expressions BuildKit builds): a backtracking engine
    // takes time exponential in the number of stars on a value that fails to match (`${A#*a*a*a*a*b}`).
    private const RegexOptions EngineOptions = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
#else
    // netstandard2.0 has no non-backtracking engine: a match that runs this long fails the expansion instead of
    // hanging the analysis.
    private const RegexOptions EngineOptions = RegexOptions.CultureInvariant;
#endif

    /// <summary>How long one match may run before the expansion fails (only the backtracking engine can get near it).</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Translates a shell pattern into a regular expression.
    /// </summary>
    /// <param name="pattern">The shell pattern.</param>
    /// <param name="greedy">Whether <c>*</c> matches the longest (rather than shortest) run.</param>
    /// <param name="anchored">Whether the expression only matches at the start of the input.</param>
    /// <param name="error">Why the pattern is invalid, when it is.</param>
    /// <returns>The expression, or <see langword="null"/> when the pattern is invalid.</returns>
    public static Regex? ToRegex(string pattern, bool greedy, bool anchored, out string? error)
    {
        string? source = ToRegexSource(pattern, greedy, anchored, out error);
        return source is null ? null : new Regex(source, EngineOptions, MatchTimeout);
    }

    /// <summary>Produces the text of the regular expression for <see cref="ToRegex"/>.</summary>
    public static string? ToRegexSource(string pattern, bool greedy, bool anchored, out string? error)
    {
        error = null;
        int[] runes = ShellText.ToCodePoints(pattern);
        var output = new StringBuilder(pattern.Length + 8);
        if (anchored)
        {
            output.Append('^');
        }

        string star = greedy ? AnyRune + "*" : AnyRune + "*?";
        for (int i = 0; i < runes.Length; i++)
        {
            int rune = runes[i];
            switch (rune)
            {
                case '*':
                    output.Append(star);
                    continue;
                case '?':
                    output.Append(AnyRune);
                    continue;
                case '\\':
                    int next = i + 1 < runes.Length ? runes[i + 1] : ShellText.EndOfInput;

                    // "}" and "/" are escaped only to get them past the ${...} syntax; the escape is not part
                    // of the pattern.
                    if (next == '}' || next == '/')
                    {
                        continue;
                    }

                    i++;
                    if (next != '*' && next != '?' && next != '\\')
                    {
                        error = next == ShellText.EndOfInput
                            ? "invalid escape: the pattern ends with a backslash"
                            : "invalid escape '\\" + char.ConvertFromUtf32(next) + "'";
                        return null;
                    }

                    output.Append('\\');
                    rune = next;
                    break;
                case '[':
                case ']':
                case '{':
                case '}':
                case '.':
                case '+':
                case '(':
                case ')':
                case '|':
                case '^':
                case '$':
                    output.Append('\\');
                    break;
            }

            ShellText.AppendCodePoint(output, rune);
        }

        return output.ToString();
    }

    /// <summary>Removes the shortest (or longest) prefix of <paramref name="value"/> matching the pattern.</summary>
    public static string TrimPrefix(string pattern, string value, bool greedy)
    {
        Regex regex = ToRegex(pattern, greedy, anchored: true, out string? error)
            ?? throw InvalidPattern(pattern, error);
        Match match = MatchAt(regex, value, 0);
        return match.Success ? value.Substring(match.Index + match.Length) : value;
    }

    /// <summary>Removes the shortest (or longest) suffix of <paramref name="value"/> matching the pattern.</summary>
    public static string TrimSuffix(string pattern, string value, bool greedy)
    {
        // A regular expression finds leftmost matches only, so search the reversed value with the
        // reversed pattern instead.
        string trimmed = TrimPrefix(ReversePattern(pattern), ReverseString(value), greedy);
        return ReverseString(trimmed);
    }

    /// <summary>Replaces the first match, or every match, of the pattern in <paramref name="value"/>.</summary>
    public static string Replace(string pattern, string value, string replacement, bool all)
    {
        Regex regex = ToRegex(pattern, greedy: true, anchored: false, out string? error)
            ?? throw InvalidPattern(pattern, error);
        if (!all)
        {
            Match match = MatchAt(regex, value, 0);
            return match.Success
                ? value.Substring(0, match.Index) + replacement + value.Substring(match.Index + match.Length)
                : value;
        }

        return ReplaceAll(regex, value, replacement);
    }

    /// <summary>Reverses a pattern by code point while keeping each escape in front of the character it escapes.</summary>
    public static string ReversePattern(string pattern)
    {
        int[] runes = ShellText.ToCodePoints(pattern);
        var output = new int[runes.Length];
        int last = runes.Length - 1;
        for (int i = 0; i <= last;)
        {
            int rune = runes[i];
            int target = last - i;
            if (rune == '\\' && i != last)
            {
                output[target - 1] = rune;
                output[target] = runes[i + 1];
                i += 2;
            }
            else
            {
                output[target] = rune;
                i++;
            }
        }

        return ShellText.FromCodePoints(output);
    }

    /// <summary>Reverses a string by code point.</summary>
    public static string ReverseString(string value)
    {
        int[] runes = ShellText.ToCodePoints(value);
        Array.Reverse(runes);
        return ShellText.FromCodePoints(runes);
    }

    private static Match MatchAt(Regex regex, string value, int start)
    {
        try
        {
            return regex.Match(value, start);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ShellExpansionException("pattern (" + regex + ") takes too long to match");
        }
    }

    private static ShellExpansionException InvalidPattern(string pattern, string? error)
        => new("invalid pattern (" + pattern + ") in substitution: " + error);

    // Mirrors Go's Regexp.ReplaceAllString: an empty match right after a previous match is not replaced,
    // and the replacement is a template in which $0 / ${0} stands for the match and $$ for a dollar.
    private static string ReplaceAll(Regex regex, string value, string template)
    {
        var output = new StringBuilder(value.Length + template.Length);
        int searchPos = 0;
        int lastMatchEnd = 0;
        while (searchPos <= value.Length)
        {
            Match match = MatchAt(regex, value, searchPos);
            if (!match.Success)
            {
                break;
            }

            int start = match.Index;
            int end = match.Index + match.Length;
            output.Append(value, lastMatchEnd, start - lastMatchEnd);
            if (end > lastMatchEnd || start == 0)
            {
                ExpandTemplate(output, template, match.Value);
            }

            lastMatchEnd = end;
            int width = 0;
            if (searchPos < value.Length)
            {
                width = ShellText.CodePointAt(value, searchPos) > 0xFFFF ? 2 : 1;
            }

            if (searchPos + width > end)
            {
                searchPos += width;
            }
            else if (searchPos + 1 > end)
            {
                searchPos++;
            }
            else
            {
                searchPos = end;
            }
        }

        output.Append(value, lastMatchEnd, value.Length - lastMatchEnd);
        return output.ToString();
    }

    private static void ExpandTemplate(StringBuilder output, string template, string matched)
    {
        int i = 0;
        while (i < template.Length)
        {
            int dollar = template.IndexOf('$', i);
            if (dollar < 0)
            {
                break;
            }

            output.Append(template, i, dollar - i);
            i = dollar + 1;
            if (i < template.Length && template[i] == '$')
            {
                output.Append('$');
                i++;
                continue;
            }

            if (!TryReadReference(template, i, out string name, out int next))
            {
                output.Append('$');
                continue;
            }

            i = next;

            // Only group 0 (the whole match) exists: the generated expressions have no capturing groups.
            if (name == "0")
            {
                output.Append(matched);
            }
        }

        output.Append(template, i, template.Length - i);
    }

    private static bool TryReadReference(string template, int start, out string name, out int next)
    {
        name = string.Empty;
        next = start;
        int i = start;
        bool brace = i < template.Length && template[i] == '{';
        if (brace)
        {
            i++;
        }

        int nameStart = i;
        while (i < template.Length)
        {
            int rune = ShellText.CodePointAt(template, i);
            if (!ShellText.IsLetter(rune) && !ShellText.IsDigit(rune) && rune != '_')
            {
                break;
            }

            i += rune > 0xFFFF ? 2 : 1;
        }

        if (i == nameStart)
        {
            return false;
        }

        name = template.Substring(nameStart, i - nameStart);
        if (brace)
        {
            if (i >= template.Length || template[i] != '}')
            {
                return false;
            }

            i++;
        }

        next = i;
        return true;
    }
}
