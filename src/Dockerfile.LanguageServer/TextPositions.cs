using System;
using Dockerfile.LanguageServer.Protocol;
using Microsoft.CodeAnalysis.Text;
using LspRange = Dockerfile.LanguageServer.Protocol.Range;

namespace Dockerfile.LanguageServer;

/// <summary>
/// Converts between offsets in a <see cref="SourceText"/> and LSP positions in the negotiated encoding (UTF-16 code
/// units, or UTF-8 bytes). Positions past the end of a line or of the text are clamped; a position inside a surrogate
/// pair moves to the pair's start, and a line end never falls between CR and LF.
/// </summary>
public sealed class TextPositions
{
    /// <summary>Creates a converter.</summary>
    /// <param name="utf8">True when positions count UTF-8 bytes, false for UTF-16 code units.</param>
    public TextPositions(bool utf8) => IsUtf8 = utf8;

    /// <summary>Gets whether positions count UTF-8 bytes.</summary>
    public bool IsUtf8 { get; }

    /// <summary>Gets the offset of a position, clamped into the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">The position.</param>
    /// <returns>An offset in <paramref name="text"/>.</returns>
    public int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= text.Lines.Count)
        {
            return text.Length;
        }

        var line = text.Lines[position.Line];
        int start = line.Start;
        int end = line.End; // excludes the line break: never between CR and LF
        int wanted = Math.Max(0, position.Character);
        int offset = start;
        int units = 0;
        while (offset < end && units < wanted)
        {
            char c = text[offset];
            int width = 1;
            int count;
            if (char.IsHighSurrogate(c) && offset + 1 < end && char.IsLowSurrogate(text[offset + 1]))
            {
                width = 2;
                count = IsUtf8 ? 4 : 2;
            }
            else
            {
                count = IsUtf8 ? (c < 0x80 ? 1 : c < 0x800 ? 2 : 3) : 1;
            }

            if (units + count > wanted)
            {
                break; // inside a pair or a multi-byte character: its start
            }

            units += count;
            offset += width;
        }

        return offset;
    }

    /// <summary>Gets the position of an offset.</summary>
    /// <param name="text">The text.</param>
    /// <param name="offset">The offset (clamped into the text).</param>
    /// <returns>The position.</returns>
    public Position ToPosition(SourceText text, int offset)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        var line = text.Lines.GetLineFromPosition(offset);
        int end = Math.Min(offset, line.End);
        if (!IsUtf8)
        {
            return new Position(line.LineNumber, end - line.Start);
        }

        int units = 0;
        for (int i = line.Start; i < end; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                units += 4;
                i++;
            }
            else
            {
                units += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }

        return new Position(line.LineNumber, units);
    }

    /// <summary>Gets the LSP range of a span.</summary>
    /// <param name="text">The text.</param>
    /// <param name="span">The span.</param>
    /// <returns>The range.</returns>
    public LspRange ToRange(SourceText text, TextSpan span) => new() { Start = ToPosition(text, span.Start), End = ToPosition(text, span.End) };

    /// <summary>Gets the span of an LSP range (an end before the start is taken as the start).</summary>
    /// <param name="text">The text.</param>
    /// <param name="range">The range.</param>
    /// <returns>The span.</returns>
    public TextSpan ToSpan(SourceText text, LspRange range)
    {
        int start = ToOffset(text, range.Start);
        int end = ToOffset(text, range.End);
        return end < start ? new TextSpan(start, 0) : TextSpan.FromBounds(start, end);
    }
}
