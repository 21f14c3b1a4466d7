using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dockerfile.Analysis;

/// <summary>
/// Wording helpers for diagnostic messages, so that counts, lists and durations read naturally
/// ("invalidates 3 later layers", "DL3008, DL3009 and DL3015", "2 seconds"), in English. Our own small code (no
/// reflection, no regular expressions), so that it is cheap at start-up and safe to trim and compile ahead of time.
/// </summary>
public static class MessageText
{
    private static readonly BoundedMemo<(string Noun, int Count, bool No), string> CountPhrases = new(CountPhrase);

    /// <summary>A count with its noun in the right number: <c>1 layer</c>, <c>3 layers</c>, <c>no stages</c> for zero when asked.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The singular noun, such as <c>layer</c> or <c>later layer</c>; the last word is made plural.</param>
    /// <param name="zeroAsNo">Whether zero is written <c>no</c>.</param>
    /// <returns>The phrase.</returns>
    public static string Count(int count, string noun, bool zeroAsNo = false)
    {
        // The phrases made so far are remembered: a run makes the same few many times.
        return CountPhrases.Get((noun ?? string.Empty, count, zeroAsNo && count == 0));
    }

    private static string CountPhrase((string Noun, int Count, bool No) key)
    {
        if (key.No)
        {
            return "no " + EnglishPlural.Of(key.Noun);
        }

        return key.Count.ToString(CultureInfo.InvariantCulture) + " " + (key.Count == 1 ? key.Noun : EnglishPlural.Of(key.Noun));
    }

    /// <summary>
    /// A list joined the English way: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>. Items are trimmed; empty and
    /// blank items are left out.
    /// </summary>
    /// <param name="items">The items.</param>
    /// <param name="conjunction">The last separator word: <c>and</c> or <c>or</c>.</param>
    /// <returns>The phrase; empty for no items.</returns>
    public static string List(IEnumerable<string> items, string conjunction = "and")
    {
        var kept = new List<string>();
        foreach (string? item in items ?? Array.Empty<string>())
        {
            if (!string.IsNullOrWhiteSpace(item))
            {
                kept.Add(item!.Trim());
            }
        }

        switch (kept.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return kept[0];
        }

        var text = new StringBuilder();
        for (int i = 0; i < kept.Count - 1; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(kept[i]);
        }

        return text.Append(' ').Append(conjunction).Append(' ').Append(kept[kept.Count - 1]).ToString();
    }

    /// <summary>
    /// A duration in words, to the given precision: the largest <paramref name="precision"/> units that are not zero,
    /// from weeks down to milliseconds (<c>2 seconds</c>, <c>1 minute, 5 seconds</c>, <c>1 hour, 3 seconds</c>,
    /// <c>0 milliseconds</c>). A negative duration is written as its length.
    /// </summary>
    /// <param name="duration">The duration.</param>
    /// <param name="precision">How many units to show.</param>
    /// <returns>The phrase.</returns>
    public static string Duration(TimeSpan duration, int precision = 2)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = duration == TimeSpan.MinValue ? TimeSpan.MaxValue : duration.Negate();
        }

        var parts = new List<string>();
        void Add(long value, string unit)
        {
            if (value != 0 && parts.Count < precision)
            {
                parts.Add(value.ToString(CultureInfo.InvariantCulture) + " " + (value == 1 ? unit : unit + "s"));
            }
        }

        Add(duration.Days / 7, "week");
        Add(duration.Days % 7, "day");
        Add(duration.Hours, "hour");
        Add(duration.Minutes, "minute");
        Add(duration.Seconds, "second");
        Add(duration.Milliseconds, "millisecond");
        return parts.Count == 0 ? "0 milliseconds" : string.Join(", ", parts);
    }

    /// <summary>
    /// A size in bytes the way Humanizer's <c>ByteSize.Humanize()</c> writes it: the largest unit (1024-based) in which
    /// the size is at least 1, with at most two decimals: <c>512 B</c>, <c>1.5 KB</c>, <c>3.46 MB</c>, <c>2 GB</c>.
    /// Zero is <c>0 B</c> (Humanizer writes <c>0 b</c>, bits); a negative size is written with its sign.
    /// </summary>
    /// <param name="bytes">The size.</param>
    /// <returns>The phrase.</returns>
    public static string Bytes(long bytes)
    {
        string[] units = { "B", "KB", "MB", "GB", "TB" };
        double value = bytes;
        int unit = 0;
        while (unit < units.Length - 1 && Math.Abs(value) >= 1024)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.##", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
