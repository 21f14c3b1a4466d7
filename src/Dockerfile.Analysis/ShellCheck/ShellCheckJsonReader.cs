using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.ShellCheck;

/// <summary>
/// Reads shellcheck's <c>--format=json1</c> output (<c>{"comments":[{"file":...,"line":...}, ...]}</c>) with the
/// library's small JSON reader (the one the manifests use): no reflection, so a trimmed or native build reads it too.
/// Never throws.
/// </summary>
internal static class ShellCheckJsonReader
{
    /// <summary>Reads the comments, or returns null with a one-line reason when the text is not json1.</summary>
    public static List<ShellCheckComment>? Read(string text, out string? error)
    {
        // The manifests' JSON reader: the same plain objects (dictionaries, lists, strings, doubles), no reflection.
        if (!Semantics.Manifests.ManifestJson.TryParse(text ?? string.Empty, out object? root))
        {
            error = "its output is not JSON";
            return null;
        }

        if (root is not Dictionary<string, object?> top || !top.TryGetValue("comments", out var list) || list is not List<object?> items)
        {
            error = "its output is not json1 (no \"comments\" list)";
            return null;
        }

        var comments = new List<ShellCheckComment>(items.Count);
        foreach (var item in items)
        {
            if (item is not Dictionary<string, object?> o
                || !TryInt(o, "line", out int line) || !TryInt(o, "column", out int column) || !TryInt(o, "code", out int code)
                || !o.TryGetValue("file", out var file) || file is not string fileName)
            {
                error = "its output is not json1 (a comment without file, line, column or code)";
                return null;
            }

            int endLine = TryInt(o, "endLine", out int el) ? el : line;
            int endColumn = TryInt(o, "endColumn", out int ec) ? ec : column + 1;
            string level = o.TryGetValue("level", out var lv) && lv is string s ? s : "warning";
            string message = o.TryGetValue("message", out var m) && m is string ms ? ms : string.Empty;
            comments.Add(new ShellCheckComment(fileName, line, column, endLine, endColumn, level, code, message));
        }

        error = null;
        return comments;
    }

    private static bool TryInt(Dictionary<string, object?> o, string key, out int value)
    {
        value = 0;
        if (o.TryGetValue(key, out var v) && v is double d && d >= int.MinValue && d <= int.MaxValue && Math.Floor(d) == d)
        {
            value = (int)d;
            return true;
        }

        return false;
    }
}
