using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>Client-side text arithmetic: LSP positions (UTF-16 or UTF-8) to offsets, and edits applied to a string.</summary>
internal static class TextEdits
{
    /// <summary>The offset of a line/character position; lines end at CRLF, LF or CR.</summary>
    public static int ToOffset(string text, int line, int character, bool utf8 = false)
    {
        int offset = 0;
        for (int l = 0; l < line; l++)
        {
            int next = text.IndexOfAny(['\r', '\n'], offset);
            if (next < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(line), $"line {line} is past the end");
            }

            offset = text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? next + 2 : next + 1;
        }

        if (!utf8)
        {
            return offset + character;
        }

        int bytes = 0;
        while (bytes < character)
        {
            bytes += char.IsHighSurrogate(text[offset]) ? 4 : Encoding.UTF8.GetByteCount(text.AsSpan(offset, 1));
            offset += char.IsHighSurrogate(text[offset]) ? 2 : 1;
        }

        return offset;
    }

    public static int ToOffset(string text, JsonElement position, bool utf8 = false) =>
        ToOffset(text, position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32(), utf8);

    /// <summary>The text a range covers.</summary>
    public static string TextOf(string text, JsonElement range, bool utf8 = false)
    {
        int start = ToOffset(text, range.GetProperty("start"), utf8);
        return text.Substring(start, ToOffset(text, range.GetProperty("end"), utf8) - start);
    }

    /// <summary>Applies <c>TextEdit[]</c> (all against the same original text, as LSP defines them).</summary>
    public static string Apply(string text, JsonElement edits)
    {
        var spans = edits.EnumerateArray()
            .Select(e => (Start: ToOffset(text, e.GetProperty("range").GetProperty("start")), End: ToOffset(text, e.GetProperty("range").GetProperty("end")), NewText: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Start).ThenByDescending(e => e.End).ToList();
        for (int i = 1; i < spans.Count; i++)
        {
            if (spans[i].End > spans[i - 1].Start)
            {
                throw new InvalidOperationException("overlapping edits");
            }
        }

        var builder = new StringBuilder(text);
        foreach (var (start, end, newText) in spans)
        {
            builder.Remove(start, end - start).Insert(start, newText);
        }

        return builder.ToString();
    }

    /// <summary>Applies the edits a <c>WorkspaceEdit</c> makes to one document.</summary>
    public static string ApplyWorkspaceEdit(string text, JsonElement workspaceEdit, string uri) =>
        Apply(text, workspaceEdit.GetProperty("changes").GetProperty(uri));

    /// <summary>A change event applied to text in sequence, as didChange's contentChanges are.</summary>
    public static string ApplyChanges(string text, IEnumerable<(int StartLine, int StartCharacter, int EndLine, int EndCharacter, string NewText)> changes)
    {
        foreach (var c in changes)
        {
            int start = ToOffset(text, c.StartLine, c.StartCharacter);
            int end = ToOffset(text, c.EndLine, c.EndCharacter);
            text = text.Substring(0, start) + c.NewText + text.Substring(end);
        }

        return text;
    }
}
