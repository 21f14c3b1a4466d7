using System;

namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// Recognises UTF-16 and UTF-32 text, so that a file saved in them is reported by name ("UTF-16 LE text") rather than
/// as a stray byte that is not UTF-8. A byte order mark decides; without one, the NUL bytes that ASCII characters
/// leave between them in UTF-16 or UTF-32 do. Nothing is converted: the user saves the file as UTF-8.
/// </summary>
internal static class TextEncodingSniffer
{
    /// <summary>How many leading bytes the NUL pattern is judged on.</summary>
    private const int Sample = 512;

    /// <summary>A description such as <c>UTF-16 LE text (byte order mark FF FE)</c>, or null when the bytes are not UTF-16 or UTF-32.</summary>
    public static string? Describe(byte[] bytes)
    {
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00))
        {
            return "UTF-32 LE text (byte order mark FF FE 00 00)";
        }

        if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF))
        {
            return "UTF-32 BE text (byte order mark 00 00 FE FF)";
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return "UTF-16 LE text (byte order mark FF FE)";
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return "UTF-16 BE text (byte order mark FE FF)";
        }

        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, Sample)) < 0)
        {
            return null;
        }

        const string Found = " (no byte order mark; found by the NUL bytes between the characters)";
        if (Matches(bytes, 4, 0))
        {
            return "UTF-32 LE text" + Found;
        }

        if (Matches(bytes, 4, 3))
        {
            return "UTF-32 BE text" + Found;
        }

        if (Matches(bytes, 2, 0))
        {
            return "UTF-16 LE text" + Found;
        }

        return Matches(bytes, 2, 1) ? "UTF-16 BE text" + Found : null;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether, in the sample's code units of <paramref name="width"/> bytes, nearly every unit holds one non-NUL byte
    /// at <paramref name="position"/> and NUL in the others, as ASCII characters do in that encoding.
    /// </summary>
    private static bool Matches(byte[] bytes, int width, int position)
    {
        int units = Math.Min(bytes.Length, Sample) / width;
        if (units < 2)
        {
            return false;
        }

        int ascii = 0;
        for (int unit = 0; unit < units; unit++)
        {
            int start = unit * width;
            bool isAscii = bytes[start + position] != 0;
            for (int i = 0; i < width && isAscii; i++)
            {
                isAscii = i == position || bytes[start + i] == 0;
            }

            ascii += isAscii ? 1 : 0;
        }

        // Most of a Dockerfile is ASCII; other characters may fill the remaining units.
        return ascii * 10 >= units * 9;
    }
}
