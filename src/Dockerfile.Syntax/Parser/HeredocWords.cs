using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// Finds the heredocs an instruction line opens, as BuildKit does: the line is split into shell
/// words (quotes and escapes kept, variables left unexpanded), each word of the form
/// <c>[n]&lt;&lt;[-]NAME</c> opens one, and NAME is unquoted to give the delimiter.
/// </summary>
internal static class HeredocWords
{
    private const char Escape = '\\';

    public static IEnumerable<HeredocMarker> Find(string line)
    {
        var words = Split(line, rawQuotes: true);
        if (words == null)
        {
            yield break;
        }

        foreach (var word in words)
        {
            int i = 0;
            while (i < word.Length && word[i] >= '0' && word[i] <= '9')
            {
                i++;
            }

            if (i + 1 >= word.Length || word[i] != '<' || word[i + 1] != '<')
            {
                continue;
            }

            i += 2;
            bool chomp = i < word.Length && word[i] == '-';
            if (chomp)
            {
                i++;
            }

            while (i < word.Length && CharFacts.IsRegexSpace(word[i]))
            {
                i++;
            }

            string rest = word.Substring(i);
            if (rest.Length == 0 || rest.IndexOf('<') >= 0)
            {
                continue;
            }

            var names = Split(rest, rawQuotes: false);
            if (names == null || names.Count != 1)
            {
                continue;
            }

            yield return new HeredocMarker(names[0], chomp);
        }
    }

    /// <summary>BuildKit's ProcessWords with an empty environment and unset variables kept as written; null on a syntax error.</summary>
    private static List<string>? Split(string text, bool rawQuotes)
    {
        var scanner = new Scanner(text, rawQuotes);
        return scanner.Run();
    }

    private sealed class Scanner
    {
        private readonly string _s;
        private readonly bool _rawQuotes;
        private readonly List<string> _words = new();
        private readonly StringBuilder _buffer = new();
        private bool _inWord;
        private int _p;

        public Scanner(string s, bool rawQuotes)
        {
            _s = s;
            _rawQuotes = rawQuotes;
        }

        public List<string>? Run()
        {
            if (!ProcessUntil('\0', out _, topLevel: true))
            {
                return null;
            }

            if (_buffer.Length > 0)
            {
                _words.Add(_buffer.ToString());
            }

            return _words;
        }

        private bool ProcessUntil(char stop, out string result, bool topLevel)
        {
            var value = new StringBuilder();
            result = string.Empty;
            while (_p < _s.Length)
            {
                char c = _s[_p];
                if (stop != '\0' && c == stop)
                {
                    _p++;
                    result = value.ToString();
                    return true;
                }

                string? piece;
                bool raw;
                if (c == '$')
                {
                    if (!Dollar(out piece))
                    {
                        return false;
                    }

                    raw = false;
                }
                else if (c == '<')
                {
                    piece = PossibleHeredoc();
                    raw = true;
                }
                else if (c == '\'')
                {
                    if (!SingleQuote(out piece))
                    {
                        return false;
                    }

                    raw = true;
                }
                else if (c == '"')
                {
                    if (!DoubleQuote(out piece))
                    {
                        return false;
                    }

                    raw = true;
                }
                else
                {
                    _p++;
                    if (c == Escape)
                    {
                        if (_rawQuotes)
                        {
                            if (topLevel)
                            {
                                AddRaw(c);
                            }

                            value.Append(c);
                        }

                        if (_p >= _s.Length)
                        {
                            break;
                        }

                        c = _s[_p++];
                        if (topLevel)
                        {
                            AddRaw(c);
                        }
                    }
                    else if (topLevel)
                    {
                        AddChar(c);
                    }

                    value.Append(c);
                    continue;
                }

                value.Append(piece);
                if (topLevel)
                {
                    if (raw)
                    {
                        _buffer.Append(piece);
                        _inWord = true;
                    }
                    else
                    {
                        foreach (char ch in piece)
                        {
                            AddChar(ch);
                        }
                    }
                }
            }

            if (stop != '\0')
            {
                return false;
            }

            result = value.ToString();
            return true;
        }

        private void AddChar(char c)
        {
            if (CharFacts.IsSpace(c))
            {
                if (_inWord && _buffer.Length > 0)
                {
                    _words.Add(_buffer.ToString());
                    _buffer.Clear();
                    _inWord = false;
                }
            }
            else
            {
                AddRaw(c);
            }
        }

        private void AddRaw(char c)
        {
            _buffer.Append(c);
            _inWord = true;
        }

        private string PossibleHeredoc()
        {
            _p++;
            if (_p >= _s.Length || _s[_p] != '<')
            {
                return "<";
            }

            _p++;
            int start = _p;
            while (_p < _s.Length && (_s[_p] == ' ' || _s[_p] == '\t' || _s[_p] == '\r'))
            {
                _p++;
            }

            return "<<" + _s.Substring(start, _p - start);
        }

        private bool SingleQuote(out string piece)
        {
            int start = _p;
            int close = _s.IndexOf('\'', _p + 1);
            piece = string.Empty;
            if (close < 0)
            {
                return false;
            }

            _p = close + 1;
            piece = _rawQuotes ? _s.Substring(start, close + 1 - start) : _s.Substring(start + 1, close - start - 1);
            return true;
        }

        private bool DoubleQuote(out string piece)
        {
            var value = new StringBuilder();
            piece = string.Empty;
            if (_rawQuotes)
            {
                value.Append('"');
            }

            _p++;
            while (true)
            {
                if (_p >= _s.Length)
                {
                    return false;
                }

                char c = _s[_p];
                if (c == '"')
                {
                    _p++;
                    if (_rawQuotes)
                    {
                        value.Append('"');
                    }

                    piece = value.ToString();
                    return true;
                }

                if (c == '$')
                {
                    if (!Dollar(out string inner))
                    {
                        return false;
                    }

                    value.Append(inner);
                    continue;
                }

                _p++;
                if (c == Escape)
                {
                    if (_rawQuotes)
                    {
                        value.Append(c);
                    }

                    if (_p >= _s.Length)
                    {
                        continue;
                    }

                    char next = _s[_p];
                    if (next == '"' || next == '$' || next == Escape)
                    {
                        c = next;
                        _p++;
                    }
                }

                value.Append(c);
            }
        }

        private bool Dollar(out string piece)
        {
            piece = "$";
            _p++;
            if (_p >= _s.Length || _s[_p] != '{')
            {
                int nameStart = _p;
                int nameEnd = ScanName(_p);
                _p = nameEnd;
                piece = "$" + _s.Substring(nameStart, nameEnd - nameStart);
                return true;
            }

            _p++;
            if (_p >= _s.Length || _s[_p] == '{' || _s[_p] == '}' || _s[_p] == ':')
            {
                return false;
            }

            int start = _p;
            _p = ScanName(_p);
            string name = _s.Substring(start, _p - start);
            if (_p >= _s.Length)
            {
                return false;
            }

            char c = _s[_p++];
            if (c == '}')
            {
                piece = "${" + name + "}";
                return true;
            }

            string modifier = c.ToString();
            if (c == ':')
            {
                if (_p >= _s.Length)
                {
                    return false;
                }

                modifier += _s[_p++];
            }

            if (c == '/')
            {
                if (!ProcessUntil('/', out string pattern, topLevel: false) || !ProcessUntil('}', out string replacement, topLevel: false))
                {
                    return false;
                }

                piece = "${" + name + "/" + pattern + "/" + replacement + "}";
                return true;
            }

            if (!ProcessUntil('}', out string word, topLevel: false))
            {
                return false;
            }

            piece = "${" + name + modifier + word + "}";
            return true;
        }

        private int ScanName(int p)
        {
            if (p >= _s.Length)
            {
                return p;
            }

            char c = _s[p];
            if (char.IsDigit(c))
            {
                while (p < _s.Length && char.IsDigit(_s[p]))
                {
                    p++;
                }

                return p;
            }

            if (c is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
            {
                return p + 1;
            }

            while (p < _s.Length && (char.IsLetter(_s[p]) || char.IsDigit(_s[p]) || _s[p] == '_'))
            {
                p++;
            }

            return p;
        }
    }
}
