using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis;

/// <summary>
/// The plural of an English noun, for <see cref="MessageText"/>: the last word of the phrase is inflected
/// (<c>other package</c> to <c>other packages</c>), by a table of irregular and invariable nouns, then by suffix
/// rules. A plain lookup and string tests: no regular expressions, no reflection, nothing to load at start-up.
/// </summary>
internal static class EnglishPlural
{
    // Nouns whose plural is the noun itself.
    private static readonly HashSet<string> Invariable = new(StringComparer.OrdinalIgnoreCase)
    {
        "aircraft", "bison", "corps", "deer", "equipment", "fish", "information", "means", "metadata", "money", "moose",
        "news", "offspring", "rice", "salmon", "series", "sheep", "shrimp", "species", "swine", "trout", "tuna",
    };

    // Whole-word irregular plurals (the first letter's case is kept).
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["alumnus"] = "alumni", ["appendix"] = "appendices", ["axis"] = "axes", ["cactus"] = "cacti", ["child"] = "children",
        ["criterion"] = "criteria", ["curriculum"] = "curricula", ["focus"] = "foci", ["foot"] = "feet", ["fungus"] = "fungi", ["goose"] = "geese",
        ["index"] = "indices", ["leaf"] = "leaves", ["loaf"] = "loaves", ["man"] = "men", ["matrix"] = "matrices",
        ["nucleus"] = "nuclei", ["octopus"] = "octopi", ["ox"] = "oxen", ["person"] = "people", ["phenomenon"] = "phenomena",
        ["quiz"] = "quizzes", ["radius"] = "radii", ["stimulus"] = "stimuli", ["syllabus"] = "syllabi", ["testis"] = "testes",
        ["thief"] = "thieves", ["tooth"] = "teeth", ["vertex"] = "vertices", ["woman"] = "women",
    };

    // Words ending in -s that take -es (the others ending in -s are taken to be plural already).
    private static readonly HashSet<string> EsAfterS = new(StringComparer.OrdinalIgnoreCase)
    {
        "alias", "apparatus", "bias", "bus", "campus", "iris", "status", "trellis", "virus", "walrus",
    };

    // Words ending in -o that take -es.
    private static readonly HashSet<string> EsAfterO = new(StringComparer.OrdinalIgnoreCase)
    {
        "buffalo", "echo", "embargo", "hero", "mosquito", "potato", "tomato", "torpedo", "veto", "volcano",
    };

    /// <summary>The plural of a singular noun or noun phrase.</summary>
    /// <param name="noun">The noun, such as <c>layer</c> or <c>later layer</c>.</param>
    /// <returns>The plural.</returns>
    public static string Of(string noun)
    {
        if (string.IsNullOrEmpty(noun))
        {
            return noun ?? string.Empty;
        }

        int start = noun.LastIndexOf(' ') + 1;
        string word = noun.Substring(start);
        string prefix = noun.Substring(0, start);
        if (word.Length == 0 || Invariable.Contains(word))
        {
            return noun;
        }

        if (Irregular.TryGetValue(word, out string? irregular))
        {
            return prefix + (char.IsUpper(word[0]) ? char.ToUpperInvariant(irregular[0]) + irregular.Substring(1) : irregular);
        }

        return prefix + Inflect(word);
    }

    private static string Inflect(string word)
    {
        string lower = word.ToLowerInvariant();
        if (lower.EndsWith("sis", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 2) + "es";
        }

        if (lower.EndsWith("ss", StringComparison.Ordinal) || lower.EndsWith("sh", StringComparison.Ordinal) || lower.EndsWith("ch", StringComparison.Ordinal)
            || lower.EndsWith("x", StringComparison.Ordinal) || lower.EndsWith("zz", StringComparison.Ordinal) || EsAfterS.Contains(word) || EsAfterO.Contains(word))
        {
            return word + "es";
        }

        if (lower.EndsWith("s", StringComparison.Ordinal))
        {
            return word;
        }

        if (lower.EndsWith("y", StringComparison.Ordinal) && lower.Length >= 2 && (!IsVowel(lower[lower.Length - 2]) || lower.EndsWith("quy", StringComparison.Ordinal)))
        {
            return word.Substring(0, word.Length - 1) + "ies";
        }

        if (lower.EndsWith("fe", StringComparison.Ordinal) && lower.Length >= 3 && lower[lower.Length - 3] != 'f')
        {
            return word.Substring(0, word.Length - 2) + "ves";
        }

        if (lower.EndsWith("lf", StringComparison.Ordinal) || lower.EndsWith("rf", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 1) + "ves";
        }

        if (lower.EndsWith("tum", StringComparison.Ordinal) || lower.EndsWith("ium", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 2) + "a";
        }

        if (lower.EndsWith("mouse", StringComparison.Ordinal) || lower.EndsWith("louse", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 4) + "ice";
        }

        return word + "s";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
