using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// Code-point helpers giving Go's rune semantics (letters, digits, white space) on top of UTF-16 strings.
/// </summary>
internal static class ShellText
{
    /// <summary>Marks the end of input in the code-point scanners.</summary>
    public const int EndOfInput = -1;

    /// <summary>Returns the code point starting at <paramref name="index"/>; a lone surrogate is returned as is.</summary>
    public static int CodePointAt(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        return c;
    }

    /// <summary>Splits <paramref name="text"/> into code points.</summary>
    public static int[] ToCodePoints(string text)
    {
        // One array of the right size: the text's length less one per surrogate pair.
        int count = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        var result = new int[count];
        int index = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = CodePointAt(text, i);
            if (codePoint > 0xFFFF)
            {
                i++;
            }

            result[index++] = codePoint;
        }

        return result;
    }

    /// <summary>Joins code points back into a string.</summary>
    public static string FromCodePoints(IReadOnlyList<int> codePoints)
    {
        var builder = new StringBuilder(codePoints.Count);
        for (int i = 0; i < codePoints.Count; i++)
        {
            AppendCodePoint(builder, codePoints[i]);
        }

        return builder.ToString();
    }

    /// <summary>Appends one code point (a surrogate pair when above the BMP).</summary>
    public static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        else if (codePoint >= 0)
        {
            builder.Append((char)codePoint);
        }
    }

    /// <summary>Go's <c>unicode.IsLetter</c>.</summary>
    public static bool IsLetter(int codePoint)
    {
        switch (GetCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Go's <c>unicode.IsDigit</c> (decimal digits of any script).</summary>
    public static bool IsDigit(int codePoint) => GetCategory(codePoint) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Go's <c>unicode.IsSpace</c> (the Unicode White_Space property).</summary>
    public static bool IsSpace(int codePoint) => codePoint >= 0 && codePoint <= 0xFFFF && char.IsWhiteSpace((char)codePoint);

    private static UnicodeCategory GetCategory(int codePoint)
    {
        if (codePoint < 0 || codePoint > 0x10FFFF)
        {
            return UnicodeCategory.OtherNotAssigned;
        }

        if (codePoint <= 0xFFFF)
        {
            return CharUnicodeInfo.GetUnicodeCategory((char)codePoint);
        }

        return CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0);
    }
}
