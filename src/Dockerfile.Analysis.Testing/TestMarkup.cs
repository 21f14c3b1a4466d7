using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Testing;

/// <summary>
/// Reads the markup of a test Dockerfile: <c>[|text|]</c> marks where the analyzer's diagnostic is expected,
/// <c>{|ID:text|}</c> where a diagnostic with that id is. The markup is removed from the text; spans do not nest.
/// </summary>
public static class TestMarkup
{
    /// <summary>Removes the markup and returns the spans it marked, in order.</summary>
    /// <param name="markup">The text with markup.</param>
    /// <param name="text">The text without markup.</param>
    /// <returns>Each marked span with its id (<see langword="null"/> for <c>[|...|]</c>).</returns>
    /// <exception cref="FormatException">A marker is not closed, or markers nest.</exception>
    public static IReadOnlyList<(string? Id, TextSpan Span)> Parse(string markup, out string text)
    {
        if (markup is null)
        {
            throw new ArgumentNullException(nameof(markup));
        }

        var builder = new StringBuilder(markup.Length);
        var spans = new List<(string?, TextSpan)>();
        int? open = null;
        string? id = null;
        char close = '\0';
        for (int i = 0; i < markup.Length; i++)
        {
            if (open is null && i + 1 < markup.Length && markup[i] == '[' && markup[i + 1] == '|')
            {
                open = builder.Length;
                id = null;
                close = ']';
                i++;
                continue;
            }

            if (open is null && i + 1 < markup.Length && markup[i] == '{' && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i + 2);
                int bar = markup.IndexOf('|', i + 2);
                if (colon < 0 || (bar >= 0 && bar < colon))
                {
                    throw new FormatException($"`{{|` at offset {i} must be followed by an id and a colon: {{|ID:text|}}.");
                }

                id = markup.Substring(i + 2, colon - i - 2);
                open = builder.Length;
                close = '}';
                i = colon;
                continue;
            }

            if (i + 1 < markup.Length && markup[i] == '|' && (markup[i + 1] == ']' || markup[i + 1] == '}'))
            {
                if (open is null || markup[i + 1] != close)
                {
                    throw new FormatException($"`|{markup[i + 1]}` at offset {i} closes no marker.");
                }

                spans.Add((id, TextSpan.FromBounds(open.Value, builder.Length)));
                open = null;
                i++;
                continue;
            }

            if (open != null && i + 1 < markup.Length && (markup[i] == '[' || markup[i] == '{') && markup[i + 1] == '|')
            {
                throw new FormatException($"Markers do not nest (offset {i}).");
            }

            builder.Append(markup[i]);
        }

        if (open != null)
        {
            throw new FormatException("A marker is not closed.");
        }

        text = builder.ToString();
        return spans;
    }
}
