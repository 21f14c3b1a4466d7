using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dockerfile.Analysis.ShellCheck;

/// <summary>
/// Reads shellcheck's <c>--format=json1</c> output (<c>{"comments":[{"file":...,"line":...}, ...]}</c>) with a small
/// hand-written JSON parser: no reflection, so a trimmed or native build reads it too. Never throws.
/// </summary>
internal static class ShellCheckJsonReader
{
    private const int MaxDepth = 64;

    /// <summary>Reads the comments, or returns null with a one-line reason when the text is not json1.</summary>
    public static List<ShellCheckComment>? Read(string text, out string? error)
    {
        var parser = new Parser(text ?? string.Empty);
        object? root;
        try
        {
            parser.SkipBlanks();
            root = parser.ReadValue(0);
            parser.SkipBlanks();
            if (!parser.AtEnd)
            {
                throw new FormatException("text after the JSON value at offset " + parser.Offset.ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (FormatException ex)
        {
            error = "its output is not JSON (" + ex.Message + ")";
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

    private sealed class Parser
    {
        private readonly string _text;
        private int _at;

        public Parser(string text) => _text = text;

        public bool AtEnd => _at >= _text.Length;

        public int Offset => _at;

        public void SkipBlanks()
        {
            while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\n' || _text[_at] == '\r'))
            {
                _at++;
            }
        }

        public object? ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException("nested too deeply");
            }

            if (AtEnd)
            {
                throw new FormatException("it ends early");
            }

            char c = _text[_at];
            switch (c)
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    Expect("true");
                    return true;
                case 'f':
                    Expect("false");
                    return false;
                case 'n':
                    Expect("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw new FormatException("unexpected '" + c + "' at offset " + _at.ToString(CultureInfo.InvariantCulture));
            }
        }

        private Dictionary<string, object?> ReadObject(int depth)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            _at++;
            SkipBlanks();
            if (Peek('}'))
            {
                _at++;
                return result;
            }

            while (true)
            {
                SkipBlanks();
                if (!Peek('"'))
                {
                    throw new FormatException("a key expected at offset " + _at.ToString(CultureInfo.InvariantCulture));
                }

                string key = ReadString();
                SkipBlanks();
                Require(':');
                SkipBlanks();
                result[key] = ReadValue(depth + 1);
                SkipBlanks();
                if (Peek(','))
                {
                    _at++;
                    continue;
                }

                Require('}');
                return result;
            }
        }

        private List<object?> ReadArray(int depth)
        {
            var result = new List<object?>();
            _at++;
            SkipBlanks();
            if (Peek(']'))
            {
                _at++;
                return result;
            }

            while (true)
            {
                SkipBlanks();
                result.Add(ReadValue(depth + 1));
                SkipBlanks();
                if (Peek(','))
                {
                    _at++;
                    continue;
                }

                Require(']');
                return result;
            }
        }

        private string ReadString()
        {
            _at++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw new FormatException("a string is not closed");
                }

                char c = _text[_at++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw new FormatException("a string is not closed");
                }

                char e = _text[_at++];
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
                        if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            throw new FormatException("a bad \\u escape");
                        }

                        builder.Append((char)code);
                        _at += 4;
                        break;
                    default:
                        throw new FormatException("a bad escape");
                }
            }
        }

        private double ReadNumber()
        {
            int start = _at;
            while (_at < _text.Length && "+-0123456789.eE".IndexOf(_text[_at]) >= 0)
            {
                _at++;
            }

            if (!double.TryParse(_text.Substring(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new FormatException("a bad number at offset " + start.ToString(CultureInfo.InvariantCulture));
            }

            return value;
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
            {
                throw new FormatException("unexpected text at offset " + _at.ToString(CultureInfo.InvariantCulture));
            }

            _at += word.Length;
        }

        private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

        private void Require(char c)
        {
            if (!Peek(c))
            {
                throw new FormatException("'" + c + "' expected at offset " + _at.ToString(CultureInfo.InvariantCulture));
            }

            _at++;
        }
    }
}
