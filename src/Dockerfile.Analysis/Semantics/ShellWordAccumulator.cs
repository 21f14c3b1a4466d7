using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// Collects the words produced while expanding, splitting on white space that came from unquoted text.
/// The character buffer is shared between nested expansions on purpose: BuildKit shares it too, and the
/// observable effect (a nested <c>${name:-word}</c> discards the partial word collected before it) is part
/// of the behaviour we reproduce.
/// </summary>
internal sealed class ShellWordAccumulator
{
    private readonly StringBuilder buffer;
    private readonly List<string> words = new();
    private bool inWord;

    /// <summary>Initializes a new instance writing into the shared <paramref name="buffer"/>.</summary>
    public ShellWordAccumulator(StringBuilder buffer)
    {
        this.buffer = buffer;
    }

    /// <summary>Adds a character that is subject to splitting.</summary>
    public void AddChar(int codePoint)
    {
        bool space = ShellText.IsSpace(codePoint);
        if (space && inWord)
        {
            if (buffer.Length != 0)
            {
                words.Add(buffer.ToString());
                buffer.Clear();
                inWord = false;
            }
        }
        else if (!space)
        {
            AddRawChar(codePoint);
        }
    }

    /// <summary>Adds a character that is never a word separator.</summary>
    public void AddRawChar(int codePoint)
    {
        ShellText.AppendCodePoint(buffer, codePoint);
        inWord = true;
    }

    /// <summary>Adds expanded text, splitting it on white space.</summary>
    public void AddString(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = ShellText.CodePointAt(text, i);
            if (codePoint > 0xFFFF)
            {
                i++;
            }

            AddChar(codePoint);
        }
    }

    /// <summary>Adds quoted text verbatim, without splitting.</summary>
    public void AddRawString(string text)
    {
        buffer.Append(text);
        inWord = true;
    }

    /// <summary>Completes the pending word, if any, and returns all words.</summary>
    public List<string> GetWords()
    {
        if (buffer.Length > 0)
        {
            words.Add(buffer.ToString());
            buffer.Clear();
            inWord = false;
        }

        return words;
    }
}
