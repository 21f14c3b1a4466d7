using System.Collections.Generic;
using System.Text;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// A fixture with cursor markers: <c>$0</c>, <c>$1</c>... mark positions and are removed from the text the server
/// sees. (Fixtures with markers use no other <c>$</c> followed by a digit.)
/// </summary>
internal sealed class MarkedText
{
    private MarkedText(string text, SortedDictionary<int, (int Line, int Character)> markers)
    {
        Text = text;
        Markers = markers;
    }

    /// <summary>The text without its markers.</summary>
    public string Text { get; }

    /// <summary>Marker number to UTF-16 position in <see cref="Text"/>.</summary>
    public SortedDictionary<int, (int Line, int Character)> Markers { get; }

    public static MarkedText Parse(string marked)
    {
        var text = new StringBuilder();
        var markers = new SortedDictionary<int, (int, int)>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < marked.Length; i++)
        {
            char c = marked[i];
            if (c == '$' && i + 1 < marked.Length && char.IsAsciiDigit(marked[i + 1]))
            {
                int number = 0;
                while (i + 1 < marked.Length && char.IsAsciiDigit(marked[i + 1]))
                {
                    number = (number * 10) + (marked[++i] - '0');
                }

                markers.Add(number, (line, character));
                continue;
            }

            text.Append(c);
            if (c == '\n')
            {
                line++;
                character = 0;
            }
            else
            {
                character++;
            }
        }

        return new MarkedText(text.ToString(), markers);
    }

    public object Position(int marker) => new { line = Markers[marker].Line, character = Markers[marker].Character };
}
