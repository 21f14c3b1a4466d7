using System;
using System.Collections.Generic;
using System.Linq;
using Humanizer;

namespace Dockerfile.Analysis;

/// <summary>
/// Wording helpers for diagnostic messages, so that counts, lists and durations read naturally
/// ("invalidates 3 later layers", "DL3008, DL3009 and DL3015", "2 seconds"). Built on Humanizer, in English.
/// </summary>
public static class MessageText
{
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    private static readonly BoundedMemo<(string Noun, int Count, bool No), string> CountPhrases = new(CountPhrase);

    /// <summary>A count with its noun in the right number: <c>1 layer</c>, <c>3 layers</c>, <c>no stages</c> for zero when asked.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The singular noun, such as <c>layer</c> or <c>later layer</c>.</param>
    /// <param name="zeroAsNo">Whether zero is written <c>no</c>.</param>
    /// <returns>The phrase.</returns>
    public static string Count(int count, string noun, bool zeroAsNo = false)
    {
        // Humanizer's inflection runs a list of regular expressions: the phrases made so far are remembered.
        return CountPhrases.Get((noun, count, zeroAsNo && count == 0));
    }

    private static string CountPhrase((string Noun, int Count, bool No) key) =>
        key.No ? "no " + key.Noun.Pluralize(inputIsKnownToBeSingular: true) : key.Noun.ToQuantity(key.Count);

    /// <summary>A list joined the English way: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    /// <param name="items">The items.</param>
    /// <param name="conjunction">The last separator word: <c>and</c> or <c>or</c>.</param>
    /// <returns>The phrase; empty for no items.</returns>
    public static string List(IEnumerable<string> items, string conjunction = "and") =>
        (items ?? Enumerable.Empty<string>()).ToList() is { Count: > 0 } list ? list.Humanize(conjunction) : string.Empty;

    /// <summary>A duration in words, to the given precision: <c>2 seconds</c>, <c>1 minute, 5 seconds</c>.</summary>
    /// <param name="duration">The duration.</param>
    /// <param name="precision">How many units to show.</param>
    /// <returns>The phrase.</returns>
    public static string Duration(TimeSpan duration, int precision = 2) => duration.Humanize(precision, English);
}
