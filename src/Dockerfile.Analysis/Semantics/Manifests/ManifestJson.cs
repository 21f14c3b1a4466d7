using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// A small JSON reader for manifests (package.json, composer.json...): objects become
/// <see cref="Dictionary{TKey,TValue}"/> of string to value (the last duplicate key wins), arrays <see cref="List{T}"/>,
/// strings <see cref="string"/>, numbers <see cref="double"/>, <c>true</c>/<c>false</c> <see cref="bool"/>, <c>null</c>
/// <see langword="null"/>. Iterative (an explicit stack, nesting capped at <see cref="MaxDepth"/>); never throws.
/// </summary>
internal static class ManifestJson
{
    /// <summary>The deepest nesting accepted; deeper input is malformed here.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses a document; false when it is not valid JSON (or too deep).</summary>
    public static bool TryParse(string text, out object? value)
    {
        value = null;
        if (text == null)
        {
            return false;
        }

        int i = 0;
        var stack = new Stack<object>();   // Dictionary<string, object?> or List<object?>
        var keys = new Stack<string?>();
        string? pendingKey = null;
        bool done = false;
        object? root = null;
        while (true)
        {
            SkipSpace(text, ref i);
            if (done)
            {
                if (i != text.Length)
                {
                    return false;
                }

                value = root;
                return true;
            }

            if (i >= text.Length)
            {
                return false;
            }

            // In an object, read the key first.
            if (stack.Count > 0 && stack.Peek() is Dictionary<string, object?> && pendingKey == null)
            {
                if (text[i] == '}')
                {
                    i++;
                    if (!Close(stack, keys, ref pendingKey, ref root, ref done))
                    {
                        return false;
                    }

                    if (!AfterValue(text, ref i, stack, done))
                    {
                        return false;
                    }

                    continue;
                }

                if (text[i] != '"' || !TryString(text, ref i, out string key))
                {
                    return false;
                }

                SkipSpace(text, ref i);
                if (i >= text.Length || text[i] != ':')
                {
                    return false;
                }

                i++;
                pendingKey = key;
                continue;
            }

            char c = text[i];
            if (c == ']' && stack.Count > 0 && stack.Peek() is List<object?>)
            {
                i++;
                if (!Close(stack, keys, ref pendingKey, ref root, ref done) || !AfterValue(text, ref i, stack, done))
                {
                    return false;
                }

                continue;
            }

            if (c == '{' || c == '[')
            {
                if (stack.Count >= MaxDepth)
                {
                    return false;
                }

                i++;
                keys.Push(pendingKey);
                pendingKey = null;
                stack.Push(c == '{' ? new Dictionary<string, object?>(StringComparer.Ordinal) : new List<object?>());
                continue;
            }

            object? scalar;
            if (c == '"')
            {
                if (!TryString(text, ref i, out string s))
                {
                    return false;
                }

                scalar = s;
            }
            else if (Literal(text, ref i, "true"))
            {
                scalar = true;
            }
            else if (Literal(text, ref i, "false"))
            {
                scalar = false;
            }
            else if (Literal(text, ref i, "null"))
            {
                scalar = null;
            }
            else if (!TryNumber(text, ref i, out scalar))
            {
                return false;
            }

            if (stack.Count == 0)
            {
                root = scalar;
                done = true;
                continue;
            }

            Add(stack.Peek(), ref pendingKey, scalar);
            if (!AfterValue(text, ref i, stack, false))
            {
                return false;
            }
        }
    }

    /// <summary>The value at a property of an object, or null.</summary>
    public static object? Get(object? obj, string name) =>
        obj is Dictionary<string, object?> map && map.TryGetValue(name, out object? v) ? v : null;

    /// <summary>The strings of an array (other items skipped); empty when it is not an array.</summary>
    public static IReadOnlyList<string> Strings(object? array)
    {
        var result = new List<string>();
        if (array is List<object?> list)
        {
            foreach (object? item in list)
            {
                if (item is string s)
                {
                    result.Add(s);
                }
            }
        }

        return result;
    }

    /// <summary>The string-valued properties of an object; empty when it is not an object.</summary>
    public static IEnumerable<KeyValuePair<string, string>> StringProperties(object? obj)
    {
        if (obj is Dictionary<string, object?> map)
        {
            foreach (var pair in map)
            {
                if (pair.Value is string s)
                {
                    yield return new KeyValuePair<string, string>(pair.Key, s);
                }
            }
        }
    }

    private static void Add(object container, ref string? pendingKey, object? item)
    {
        if (container is Dictionary<string, object?> map)
        {
            map[pendingKey!] = item;
            pendingKey = null;
        }
        else
        {
            ((List<object?>)container).Add(item);
        }
    }

    private static bool Close(Stack<object> stack, Stack<string?> keys, ref string? pendingKey, ref object? root, ref bool done)
    {
        object finished = stack.Pop();
        pendingKey = keys.Pop();
        if (stack.Count == 0)
        {
            root = finished;
            done = true;
            return true;
        }

        Add(stack.Peek(), ref pendingKey, finished);
        return true;
    }

    // After a value inside a container: a ',' (followed by another item) or the closing bracket (left for the loop).
    private static bool AfterValue(string text, ref int i, Stack<object> stack, bool done)
    {
        if (done)
        {
            return true;
        }

        SkipSpace(text, ref i);
        if (i >= text.Length)
        {
            return false;
        }

        char close = stack.Peek() is List<object?> ? ']' : '}';
        if (text[i] == ',')
        {
            i++;
            SkipSpace(text, ref i);
            return i < text.Length && text[i] != close;
        }

        return text[i] == close;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == '\uFEFF'))
        {
            i++;
        }
    }

    private static bool Literal(string text, ref int i, string word)
    {
        if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0)
        {
            i += word.Length;
            return true;
        }

        return false;
    }

    private static bool TryNumber(string text, ref int i, out object? value)
    {
        int start = i;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '-' or '+' or '.' or 'e' or 'E'))
        {
            i++;
        }

        bool ok = double.TryParse(text.Substring(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out double d);
        value = d;
        return ok && i > start;
    }

    private static bool TryString(string text, ref int i, out string value)
    {
        var builder = new StringBuilder();
        value = string.Empty;
        i++;
        while (i < text.Length)
        {
            char c = text[i++];
            if (c == '"')
            {
                value = builder.ToString();
                return true;
            }

            if (c == '\\')
            {
                if (i >= text.Length)
                {
                    return false;
                }

                char e = text[i++];
                switch (e)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (i + 4 > text.Length || !int.TryParse(text.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        {
                            return false;
                        }

                        builder.Append((char)code);
                        i += 4;
                        break;
                    default:
                        return false;
                }
            }
            else if (c < ' ')
            {
                return false;
            }
            else
            {
                builder.Append(c);
            }
        }

        return false;
    }
}
