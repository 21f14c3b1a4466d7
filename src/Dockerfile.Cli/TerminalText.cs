using System.Globalization;
using System.Text;

namespace Dockerfile.Cli;

/// <summary>
/// Makes text from a Dockerfile (or a path) safe to print: characters a terminal would act on instead of showing are
/// written as escapes. C0 controls become <c>\x1b</c>, <c>\x07</c>, <c>\x00</c> (with <c>\n</c> and <c>\r</c> for line
/// breaks; a tab stays a tab), DEL <c>\x7f</c>; C1 controls, bidirectional overrides and isolates and the other
/// invisible format characters (U+200B-U+200F, U+2060-U+2064, U+FEFF...), line and paragraph separators and unpaired
/// surrogates become <c>\u202e</c>-style escapes. Everything else, including other non-ASCII text, is kept.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with unsafe characters escaped; the same string when there are none.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        int first = 0;
        while (first < text.Length && !NeedsEscape(text, first, out int length))
        {
            first += length;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!NeedsEscape(text, i, out int length))
            {
                builder.Append(text, i, length);
                i += length - 1;
                continue;
            }

            if (length == 2)
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("x8", CultureInfo.InvariantCulture));
                i++;
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else if (c < 0x80)
            {
                builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the character (or surrogate pair, <paramref name="length"/> 2) at <paramref name="index"/> must be escaped.</summary>
    private static bool NeedsEscape(string text, int index, out int length)
    {
        char c = text[index];
        length = 1;
        if (c >= ' ' && c < 0x7F)
        {
            return false;
        }

        if (c == '\t')
        {
            return false;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1])) == UnicodeCategory.Format;
        }

        if (char.IsSurrogate(c) || char.IsControl(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
