using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// Reads a JSON document into its string values, each with its path (<c>repositories[0].type</c>,
/// <c>extra.merge-plugin.include[1]</c>); numbers, booleans and nulls are left out. No recursion: containers are an
/// explicit stack, bounded in depth. Never throws: a document that is not JSON gives <see langword="null"/>.
/// </summary>
internal static class FlatJsonReader
{
    private const int MaxDepth = 64;

    /// <summary>The string values of a document, in order, with their paths; or <see langword="null"/>.</summary>
    public static List<KeyValuePair<string, string>>? Read(string text)
    {
        text ??= string.Empty;
        var result = new List<KeyValuePair<string, string>>();
        // Each frame: the container's path, whether it is an array, the next index, and the pending key.
        var stack = new List<(string Path, bool Array, int Index)>();
        string? key = null;
        bool expectValue = true;
        bool done = false;
        int i = 0;
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                return done && stack.Count == 0 ? result : null;
            }

            if (done)
            {
                return null;
            }

            char c = text[i];
            var top = stack.Count > 0 ? stack[stack.Count - 1] : default;
            bool inObject = stack.Count > 0 && !top.Array;
            if (!expectValue)
            {
                if (c == ',' && stack.Count > 0)
                {
                    i++;
                    expectValue = true;
                    if (inObject && !ReadKey(text, ref i, out key))
                    {
                        return null;
                    }

                    continue;
                }

                if ((c == ']' && stack.Count > 0 && top.Array) || (c == '}' && inObject))
                {
                    i++;
                    stack.RemoveAt(stack.Count - 1);
                    done = stack.Count == 0;
                    continue;
                }

                return null;
            }

            string path = stack.Count == 0 ? string.Empty : top.Array ? $"{top.Path}[{top.Index}]" : (top.Path.Length == 0 ? key! : top.Path + "." + key);
            if (stack.Count > 0 && top.Array)
            {
                stack[stack.Count - 1] = (top.Path, true, top.Index + 1);
            }

            if (c == '{' || c == '[')
            {
                if (stack.Count >= MaxDepth)
                {
                    return null;
                }

                i++;
                stack.Add((path, c == '[', 0));
                SkipSpace(text, ref i);
                if (i < text.Length && text[i] == (c == '[' ? ']' : '}'))
                {
                    i++;
                    stack.RemoveAt(stack.Count - 1);
                    expectValue = false;
                    done = stack.Count == 0;
                    continue;
                }

                if (c == '{' && !ReadKey(text, ref i, out key))
                {
                    return null;
                }

                expectValue = true;
                continue;
            }

            if (c == '"')
            {
                string? value = ReadString(text, ref i);
                if (value == null)
                {
                    return null;
                }

                result.Add(new KeyValuePair<string, string>(path, value));
            }
            else
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '+' or '.'))
                {
                    i++;
                }

                if (i == start)
                {
                    return null;
                }
            }

            expectValue = false;
            done = stack.Count == 0;
        }
    }

    private static bool ReadKey(string text, ref int i, out string? key)
    {
        key = null;
        SkipSpace(text, ref i);
        if (i >= text.Length || text[i] != '"')
        {
            return false;
        }

        key = ReadString(text, ref i);
        SkipSpace(text, ref i);
        if (key == null || i >= text.Length || text[i] != ':')
        {
            return false;
        }

        i++;
        return true;
    }

    private static string? ReadString(string text, ref int i)
    {
        var value = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            char c = text[i++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (i >= text.Length)
            {
                return null;
            }

            char e = text[i++];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'u':
                    if (i + 4 > text.Length || !int.TryParse(text.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                    {
                        return null;
                    }

                    value.Append((char)code);
                    i += 4;
                    break;
                default: value.Append(e); break;
            }
        }

        return null;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && (text[i] is ' ' or '\t' or '\n' or '\r' or '\uFEFF'))
        {
            i++;
        }
    }
}
