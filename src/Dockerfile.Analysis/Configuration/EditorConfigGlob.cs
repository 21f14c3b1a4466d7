using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// An <c>.editorconfig</c> section glob: <c>*</c> (any characters but <c>/</c>), <c>**</c> (any characters),
/// <c>?</c> (one character but <c>/</c>), <c>[abc]</c>, <c>[!abc]</c>, <c>[a-z]</c>, <c>{a,b}</c> (nestable),
/// <c>{1..3}</c> (integers) and <c>\</c> escapes. A glob without <c>/</c> matches a file name at any depth; with
/// one it is anchored at the folder of the <c>.editorconfig</c> file.
/// </summary>
public sealed class EditorConfigGlob
{
    private readonly Regex? _regex;

    private EditorConfigGlob(string pattern, Regex? regex, string? error)
    {
        Pattern = pattern;
        _regex = regex;
        Error = error;
    }

    /// <summary>Gets the glob as written.</summary>
    public string Pattern { get; }

    /// <summary>Gets why the glob is malformed, or <see langword="null"/>; a malformed glob matches nothing.</summary>
    public string? Error { get; }

    /// <summary>Parses a section glob. Never throws.</summary>
    /// <param name="pattern">The text between the brackets of a section header.</param>
    /// <returns>The glob.</returns>
    public static EditorConfigGlob Parse(string pattern)
    {
        pattern ??= string.Empty;
        string body = pattern;
        bool anchored = body.IndexOf('/') >= 0;
        if (body.StartsWith("/", StringComparison.Ordinal))
        {
            body = body.Substring(1);
        }

        var builder = new StringBuilder("^");
        if (!anchored)
        {
            builder.Append("(?:.*/)?");
        }

        int i = 0;
        string? error = Translate(body, ref i, builder, 0, out _);
        if (error is null && i < body.Length)
        {
            error = "unexpected '" + body[i] + "'";
        }

        builder.Append('$');
        if (error != null)
        {
            return new EditorConfigGlob(pattern, null, error);
        }

        try
        {
            return new EditorConfigGlob(pattern, new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)), null);
        }
        catch (ArgumentException ex)
        {
            return new EditorConfigGlob(pattern, null, ex.Message);
        }
    }

    /// <summary>Tells whether a path, relative to the <c>.editorconfig</c> folder and using <c>/</c>, matches.</summary>
    /// <param name="relativePath">The path, such as <c>docker/Dockerfile</c>.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool IsMatch(string relativePath)
    {
        if (_regex is null || relativePath is null)
        {
            return false;
        }

        try
        {
            return _regex.IsMatch(relativePath.Replace('\\', '/'));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Translate(string s, ref int i, StringBuilder builder, int depth, out bool stoppedAtComma)
    {
        stoppedAtComma = false;
        while (i < s.Length)
        {
            char c = s[i];
            if (depth > 0 && (c == ',' || c == '}'))
            {
                stoppedAtComma = c == ',';
                return null;
            }

            switch (c)
            {
                case '\\' when i + 1 < s.Length:
                    builder.Append(Regex.Escape(s[i + 1].ToString()));
                    i += 2;
                    break;
                case '*':
                    if (i + 1 < s.Length && s[i + 1] == '*')
                    {
                        // "**/" also matches no folder at all.
                        if (i + 2 < s.Length && s[i + 2] == '/')
                        {
                            builder.Append("(?:.*/)?");
                            i += 3;
                        }
                        else
                        {
                            builder.Append(".*");
                            i += 2;
                        }
                    }
                    else
                    {
                        builder.Append("[^/]*");
                        i++;
                    }

                    break;
                case '?':
                    builder.Append("[^/]");
                    i++;
                    break;
                case '[':
                {
                    int close = s.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        builder.Append("\\[");
                        i++;
                        break;
                    }

                    string content = s.Substring(i + 1, close - i - 1);
                    if (content.IndexOf('/') >= 0)
                    {
                        builder.Append("\\[");
                        i++;
                        break;
                    }

                    bool negate = content.StartsWith("!", StringComparison.Ordinal) || content.StartsWith("^", StringComparison.Ordinal);
                    if (negate)
                    {
                        content = content.Substring(1);
                    }

                    if (content.Length == 0)
                    {
                        return "an empty character class";
                    }

                    builder.Append(negate ? "[^/" : "[");
                    foreach (char ch in content)
                    {
                        builder.Append(ch == '-' ? "-" : Regex.Escape(ch.ToString()).Replace("]", "\\]"));
                    }

                    builder.Append(']');
                    i = close + 1;
                    break;
                }

                case '{':
                {
                    int close = FindClosingBrace(s, i);
                    if (close < 0)
                    {
                        builder.Append("\\{");
                        i++;
                        break;
                    }

                    string inner = s.Substring(i + 1, close - i - 1);
                    var range = Regex.Match(inner, @"^([+-]?\d+)\.\.([+-]?\d+)$");
                    if (range.Success)
                    {
                        long a = long.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                        long b = long.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                        if (Math.Abs(b - a) > 10_000)
                        {
                            return "the number range {" + inner + "} is too large";
                        }

                        builder.Append("(?:");
                        for (long n = Math.Min(a, b); n <= Math.Max(a, b); n++)
                        {
                            builder.Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(n < Math.Max(a, b) ? "|" : string.Empty);
                        }

                        builder.Append(')');
                        i = close + 1;
                        break;
                    }

                    if (inner.IndexOf(',') < 0)
                    {
                        // "{single}" is literal text in editorconfig.
                        builder.Append(Regex.Escape("{" + inner + "}"));
                        i = close + 1;
                        break;
                    }

                    builder.Append("(?:");
                    i++;
                    while (true)
                    {
                        string? error = Translate(s, ref i, builder, depth + 1, out bool comma);
                        if (error != null)
                        {
                            return error;
                        }

                        if (comma)
                        {
                            builder.Append('|');
                            i++;
                            continue;
                        }

                        // at '}'
                        i++;
                        break;
                    }

                    builder.Append(')');
                    break;
                }

                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }

        return depth > 0 ? "a '{' is not closed" : null;
    }

    private static int FindClosingBrace(string s, int open)
    {
        int depth = 0;
        for (int i = open; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
                continue;
            }

            if (s[i] == '{')
            {
                depth++;
            }
            else if (s[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override string ToString() => Pattern;
}
