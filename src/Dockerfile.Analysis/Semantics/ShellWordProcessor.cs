using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// Expands Dockerfile words exactly the way BuildKit's shell lexer does: single and double quotes, the
/// escape token, <c>$NAME</c> and <c>${NAME}</c> references with every modifier BuildKit accepts
/// (<c>:-</c>, <c>-</c>, <c>:+</c>, <c>+</c>, <c>:?</c>, <c>?</c>, <c>#</c>, <c>##</c>, <c>%</c>, <c>%%</c>,
/// <c>/</c>, <c>//</c>), positional and special parameters, and the <c>&lt;&lt;</c> heredoc marker.
/// </summary>
/// <remarks>
/// The processor never throws for malformed input: failures are reported through
/// <see cref="ShellWordResult.Succeeded"/> and <see cref="ShellWordResult.Error"/>. An instance may be used
/// from several threads as long as its options are not changed concurrently.
/// </remarks>
public sealed class ShellWordProcessor
{
    private static readonly IReadOnlyDictionary<string, string> EmptyEnvironment = new Dictionary<string, string>();

    /// <summary>Initializes a new instance of the <see cref="ShellWordProcessor"/> class.</summary>
    /// <param name="escapeToken">
    /// The escape character: <c>\</c> by default, or <c>`</c> when the Dockerfile sets the <c>escape</c> directive.
    /// </param>
    public ShellWordProcessor(char escapeToken = '\\')
    {
        EscapeToken = escapeToken;
    }

    /// <summary>Gets the escape character used outside single quotes.</summary>
    public char EscapeToken { get; }

    /// <summary>Gets or sets a value indicating whether quote characters are kept in the result.</summary>
    public bool RawQuotes { get; set; }

    /// <summary>Gets or sets a value indicating whether escape characters are kept in the result.</summary>
    public bool RawEscapes { get; set; }

    /// <summary>Gets or sets a value indicating whether quotes are treated as ordinary characters.</summary>
    public bool SkipProcessQuotes { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether references to unset variables are left as written
    /// (for example <c>${NAME:-x}</c>) instead of being expanded.
    /// </summary>
    public bool SkipUnsetEnv { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether variable names are compared case-insensitively, as BuildKit
    /// does for Windows images.
    /// </summary>
    public bool CaseInsensitiveEnvironment { get; set; }

    /// <summary>
    /// Expands <paramref name="word"/> as a single word (BuildKit's <c>ProcessWordWithMatches</c>),
    /// recording which variables were and were not found.
    /// </summary>
    /// <param name="word">The text to expand.</param>
    /// <param name="environment">The variables in scope; <see langword="null"/> means none.</param>
    /// <returns>The expansion result; never <see langword="null"/>.</returns>
    public ShellWordResult ProcessWord(string word, IReadOnlyDictionary<string, string> environment)
        => Process(word, environment);

    /// <summary>
    /// Expands <paramref name="word"/> and splits the result into words on unquoted white space
    /// (BuildKit's <c>ProcessWords</c>); the words are in <see cref="ShellWordResult.Words"/>.
    /// </summary>
    /// <param name="word">The text to expand.</param>
    /// <param name="environment">The variables in scope; <see langword="null"/> means none.</param>
    /// <returns>The expansion result; never <see langword="null"/>.</returns>
    public ShellWordResult ProcessWords(string word, IReadOnlyDictionary<string, string> environment)
        => Process(word, environment);

    private ShellWordResult Process(string? word, IReadOnlyDictionary<string, string>? environment)
    {
        if (word is null)
        {
            return new ShellWordResult(string.Empty, null, null, null, "no word to process (null)");
        }

        if (IsVerbatim(word))
        {
            // No $, quote, escape, heredoc or surrogate: the expansion is the word itself, split on white space.
            return new ShellWordResult(word, SplitOnSpace(word), null, null, null);
        }

        IReadOnlyDictionary<string, string> lookup = environment ?? EmptyEnvironment;
        if (CaseInsensitiveEnvironment)
        {
            lookup = Normalize(lookup);
        }

        var expander = new ShellWordExpander(this, word, lookup, CaseInsensitiveEnvironment);
        try
        {
            string value = expander.Run(out List<string> words);
            return new ShellWordResult(value, words.ToArray(), ToArray(expander.Matched), ToArray(expander.Unmatched), null);
        }
        catch (ShellExpansionException exception)
        {
            return Failure(word, exception.Message, expander);
        }
        catch (ArgumentException exception)
        {
            // Defensive: a malformed code point or pattern must not escape as an exception.
            return Failure(word, exception.Message, expander);
        }
        catch (InvalidOperationException exception)
        {
            return Failure(word, exception.Message, expander);
        }
    }

    private bool IsVerbatim(string word)
    {
        char escape = EscapeToken;
        foreach (char c in word)
        {
            if (c == '$' || c == '\'' || c == '"' || c == '<' || c == escape || c >= '\uD800')
            {
                return false;
            }
        }

        return true;
    }

    private static string[] SplitOnSpace(string word)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in word)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        if (count == 0)
        {
            return Array.Empty<string>();
        }

        if (count == 1 && !char.IsWhiteSpace(word[0]) && !char.IsWhiteSpace(word[word.Length - 1]))
        {
            return new[] { word };
        }

        var words = new string[count];
        int index = 0;
        int start = -1;
        for (int i = 0; i <= word.Length; i++)
        {
            bool space = i == word.Length || char.IsWhiteSpace(word[i]);
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                words[index++] = word.Substring(start, i - start);
                start = -1;
            }
        }

        return words;
    }

    private static ShellWordResult Failure(string word, string message, ShellWordExpander expander)
        => new(
            string.Empty,
            null,
            ToArray(expander.Matched),
            ToArray(expander.Unmatched),
            "failed to process \"" + word + "\": " + message);

    private static string[] ToArray(HashSet<string>? names)
    {
        if (names is null)
        {
            return Array.Empty<string>();
        }

        var array = new string[names.Count];
        names.CopyTo(array);
        Array.Sort(array, StringComparer.Ordinal);
        return array;
    }

    private static Dictionary<string, string> Normalize(IReadOnlyDictionary<string, string> environment)
    {
        // Like BuildKit on Windows: keys are upper-cased and a later duplicate wins.
        var normalized = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in environment)
        {
            if (pair.Key is not null)
            {
                normalized[pair.Key.ToUpperInvariant()] = pair.Value;
            }
        }

        return normalized;
    }
}
