using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// A small TOML reader for manifests (<c>Cargo.toml</c>, <c>.cargo/config.toml</c>): tables, array tables, dotted and
/// quoted keys, strings (basic, literal, multi-line), arrays and inline tables. It keeps only string values and arrays of
/// strings (numbers, booleans and dates are skipped) and marks each table header with an entry whose key is empty, works without recursion, and never throws: a document it cannot
/// read gives <see langword="null"/>.
/// </summary>
internal static class TomlReader
{
    /// <summary>The most values kept, and the deepest nesting of arrays and inline tables read.</summary>
    public const int MaxEntries = 20000;

    private const int MaxDepth = 32;

    /// <summary>Reads the string values of a document, in order, or <see langword="null"/> when it is not TOML this reader understands.</summary>
    public static List<TomlEntry>? Read(string text)
    {
        var scanner = new Scanner(text ?? string.Empty);
        return scanner.Run() ? scanner.Entries : null;
    }

    private sealed class Frame
    {
        public Frame(string prefix, bool isArray)
        {
            Prefix = prefix;
            IsArray = isArray;
        }

        public string Prefix { get; }

        public bool IsArray { get; }

        public List<string> Strings { get; } = new();

        public bool ExpectValue { get; set; } = true;
    }

    private sealed class Scanner
    {
        private readonly string _text;
        private int _pos;
        private string _table = string.Empty;
        private int _tableIndex;

        public Scanner(string text) => _text = text;

        public List<TomlEntry> Entries { get; } = new();

        public bool Run()
        {
            while (true)
            {
                SkipBlank(newlines: true);
                if (_pos >= _text.Length)
                {
                    return true;
                }

                if (Entries.Count > MaxEntries)
                {
                    return false;
                }

                if (_text[_pos] == '[')
                {
                    bool arrayTable = _pos + 1 < _text.Length && _text[_pos + 1] == '[';
                    _pos += arrayTable ? 2 : 1;
                    string? name = ReadKey();
                    SkipBlank(newlines: false);
                    if (name == null || !Expect(arrayTable ? "]]" : "]"))
                    {
                        return false;
                    }

                    _table = name;
                    _tableIndex++;
                    Add(string.Empty, string.Empty, default);
                    continue;
                }

                string? key = ReadKey();
                SkipBlank(newlines: false);
                if (key == null || !Expect("="))
                {
                    return false;
                }

                if (!ReadValue(key))
                {
                    return false;
                }
            }
        }

        // One value after "key =", with arrays and inline tables read through an explicit stack.
        private bool ReadValue(string key)
        {
            var stack = new List<Frame>();
            string prefix = key;
            while (true)
            {
                SkipBlank(newlines: stack.Count > 0);
                if (_pos >= _text.Length)
                {
                    return false;
                }

                Frame? top = stack.Count > 0 ? stack[stack.Count - 1] : null;
                char c = _text[_pos];
                if (top != null && !top.ExpectValue)
                {
                    // After an element: a separator or the end of the container.
                    if (c == ',')
                    {
                        _pos++;
                        top.ExpectValue = true;
                        if (!top.IsArray && !ReadInlineKey(top, out prefix))
                        {
                            return false;
                        }

                        continue;
                    }

                    if ((top.IsArray && c == ']') || (!top.IsArray && c == '}'))
                    {
                        _pos++;
                        stack.RemoveAt(stack.Count - 1);
                        if (top.IsArray)
                        {
                            Add(top.Prefix, null, top.Strings.ToImmutableArray());
                        }

                        if (stack.Count == 0)
                        {
                            return EndOfLine();
                        }

                        stack[stack.Count - 1].ExpectValue = false;
                        continue;
                    }

                    return false;
                }

                if (top != null && top.IsArray && c == ']')
                {
                    // An empty array, or a trailing comma.
                    top.ExpectValue = false;
                    continue;
                }

                if (top != null && !top.IsArray && c == '}')
                {
                    top.ExpectValue = false;
                    continue;
                }

                if (c == '[' || c == '{')
                {
                    if (stack.Count >= MaxDepth)
                    {
                        return false;
                    }

                    _pos++;
                    var frame = new Frame(top != null && top.IsArray ? top.Prefix + "[]" : prefix, c == '[');
                    stack.Add(frame);
                    if (!frame.IsArray)
                    {
                        SkipBlank(newlines: false);
                        if (_pos < _text.Length && _text[_pos] == '}')
                        {
                            continue;
                        }

                        if (!ReadInlineKey(frame, out prefix))
                        {
                            return false;
                        }
                    }

                    continue;
                }

                string? value;
                if (c == '"' || c == '\'')
                {
                    value = ReadString();
                    if (value == null)
                    {
                        return false;
                    }
                }
                else
                {
                    // A number, a boolean or a date: up to the next separator.
                    int start = _pos;
                    while (_pos < _text.Length && _text[_pos] is not (',' or ']' or '}' or '\n' or '\r' or '#'))
                    {
                        _pos++;
                    }

                    if (_pos == start)
                    {
                        return false;
                    }

                    value = null;
                }

                if (top == null)
                {
                    if (value != null)
                    {
                        Add(prefix, value, default);
                    }

                    return EndOfLine();
                }

                if (value != null)
                {
                    if (top.IsArray)
                    {
                        top.Strings.Add(value);
                    }
                    else
                    {
                        Add(prefix, value, default);
                    }
                }

                top.ExpectValue = false;
            }
        }

        // "k = " inside an inline table: the dotted key of the next value.
        private bool ReadInlineKey(Frame frame, out string prefix)
        {
            prefix = frame.Prefix;
            SkipBlank(newlines: false);
            string? key = ReadKey();
            SkipBlank(newlines: false);
            if (key == null || !Expect("="))
            {
                return false;
            }

            prefix = frame.Prefix + "." + key;
            return true;
        }

        private void Add(string key, string? value, ImmutableArray<string> values) =>
            Entries.Add(new TomlEntry(_table, _tableIndex, key, value, values));

        private bool EndOfLine()
        {
            SkipBlank(newlines: false);
            if (_pos >= _text.Length)
            {
                return true;
            }

            if (_text[_pos] == '\n' || _text[_pos] == '\r')
            {
                return true;
            }

            return false;
        }

        private bool Expect(string token)
        {
            if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) != 0)
            {
                return false;
            }

            _pos += token.Length;
            return true;
        }

        // A dotted key of bare and quoted parts, quotes removed.
        private string? ReadKey()
        {
            var key = new StringBuilder();
            while (true)
            {
                SkipBlank(newlines: false);
                if (_pos >= _text.Length)
                {
                    return null;
                }

                char c = _text[_pos];
                if (c == '"' || c == '\'')
                {
                    string? part = ReadString();
                    if (part == null)
                    {
                        return null;
                    }

                    key.Append(part);
                }
                else
                {
                    int start = _pos;
                    while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-'))
                    {
                        _pos++;
                    }

                    if (_pos == start)
                    {
                        return null;
                    }

                    key.Append(_text, start, _pos - start);
                }

                SkipBlank(newlines: false);
                if (_pos < _text.Length && _text[_pos] == '.')
                {
                    _pos++;
                    key.Append('.');
                    continue;
                }

                return key.ToString();
            }
        }

        // A basic, literal or multi-line string at _pos; null when it does not end.
        private string? ReadString()
        {
            char quote = _text[_pos];
            bool multi = _pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote;
            _pos += multi ? 3 : 1;
            if (multi && _pos < _text.Length && _text[_pos] == '\n')
            {
                _pos++;
            }

            var value = new StringBuilder();
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == quote && (!multi || (_pos + 2 < _text.Length && _text[_pos + 1] == quote && _text[_pos + 2] == quote)))
                {
                    _pos += multi ? 3 : 1;
                    return value.ToString();
                }

                if (!multi && (c == '\n' || c == '\r'))
                {
                    return null;
                }

                if (quote == '"' && c == '\\' && _pos + 1 < _text.Length)
                {
                    char e = _text[_pos + 1];
                    _pos += 2;
                    switch (e)
                    {
                        case 'n': value.Append('\n'); break;
                        case 't': value.Append('\t'); break;
                        case 'r': value.Append('\r'); break;
                        case 'b': value.Append('\b'); break;
                        case 'f': value.Append('\f'); break;
                        case 'u' or 'U':
                            {
                                int length = e == 'u' ? 4 : 8;
                                if (_pos + length > _text.Length ||
                                    !int.TryParse(_text.Substring(_pos, length), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code) ||
                                    code < 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                                {
                                    return null;
                                }

                                value.Append(char.ConvertFromUtf32(code));
                                _pos += length;
                                break;
                            }

                        case '\n' or '\r' when multi:
                            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
                            {
                                _pos++;
                            }

                            break;
                        default: value.Append(e); break;
                    }

                    continue;
                }

                value.Append(c);
                _pos++;
            }

            return null;
        }

        private void SkipBlank(bool newlines)
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\uFEFF' || (newlines && (c == '\n' || c == '\r')))
                {
                    _pos++;
                }
                else if (c == '#')
                {
                    while (_pos < _text.Length && _text[_pos] != '\n')
                    {
                        _pos++;
                    }
                }
                else
                {
                    return;
                }
            }
        }
    }
}
