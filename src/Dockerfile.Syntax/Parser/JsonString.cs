using System;
using System.Text;

namespace Dockerfile.Syntax.Parser;

/// <summary>JSON string literals as Go's <c>encoding/json</c> reads them (BuildKit's exec form).</summary>
internal static class JsonString
{
    /// <summary>
    /// Reads the string literal starting at the quote at <paramref name="p"/> (before <paramref name="end"/>),
    /// appending its unescaped value to <paramref name="value"/> when given; false when it is invalid.
    /// </summary>
    public static bool TryRead(System.ReadOnlySpan<char> s, ref int p, int end, StringBuilder? value)
    {
        int i = p + 1;
        while (i < end)
        {
            char c = s[i];
            if (c == '"')
            {
                p = i + 1;
                return true;
            }

            if (c < 0x20)
            {
                return false;
            }

            if (c != '\\')
            {
                value?.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= end)
            {
                return false;
            }

            char esc = s[i + 1];
            i += 2;
            switch (esc)
            {
                case '"': value?.Append('"'); break;
                case '\\': value?.Append('\\'); break;
                case '/': value?.Append('/'); break;
                case 'b': value?.Append('\b'); break;
                case 'f': value?.Append('\f'); break;
                case 'n': value?.Append('\n'); break;
                case 'r': value?.Append('\r'); break;
                case 't': value?.Append('\t'); break;
                case 'u':
                    if (!TryHex4(s, i, end, out int code))
                    {
                        return false;
                    }

                    i += 4;
                    if (char.IsHighSurrogate((char)code) && i + 6 <= end && s[i] == '\\' && s[i + 1] == 'u' && TryHex4(s, i + 2, end, out int low) && char.IsLowSurrogate((char)low))
                    {
                        value?.Append((char)code).Append((char)low);
                        i += 6;
                    }
                    else
                    {
                        value?.Append(char.IsSurrogate((char)code) ? '\uFFFD' : (char)code);
                    }

                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The value of a JSON string literal written with its quotes; the text itself when it is not a valid literal.</summary>
    public static string Unescape(string literal)
    {
        if (literal.Length < 2 || literal[0] != '"')
        {
            return literal;
        }

        if (literal.IndexOf('\\') < 0)
        {
            return literal.Substring(1, literal.Length - 2);
        }

        var builder = new StringBuilder(literal.Length);
        int p = 0;
        return TryRead(literal.AsSpan(), ref p, literal.Length, builder) ? builder.ToString() : literal;
    }

    private static bool TryHex4(System.ReadOnlySpan<char> s, int i, int end, out int value)
    {
        value = 0;
        if (i + 4 > end)
        {
            return false;
        }

        for (int k = 0; k < 4; k++)
        {
            char c = s[i + k];
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value * 16) + digit;
        }

        return true;
    }
}
