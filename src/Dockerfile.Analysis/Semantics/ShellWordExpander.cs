using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// One expansion run of <see cref="ShellWordProcessor"/>: scans a word code point by code point and
/// reproduces BuildKit's quote, escape and <c>$</c> handling. Errors are raised as
/// <see cref="ShellExpansionException"/> and turned into a failed result by the caller.
/// </summary>
internal sealed class ShellWordExpander
{
    private const int Eof = ShellText.EndOfInput;

    /// <summary>
    /// How deep <c>${...}</c> substitutions may nest (each operand, pattern or replacement of a modifier is
    /// expanded recursively, as in BuildKit). Deeper input fails with an error instead of exhausting the stack;
    /// the syntax tree structures substitutions to the same depth.
    /// </summary>
    public const int MaxSubstitutionDepth = 64;

    private readonly int[] input;
    private readonly int escapeToken;
    private readonly bool rawQuotes;
    private readonly bool skipProcessQuotes;
    private readonly bool skipUnsetEnv;
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly bool normalizeKeys;
    private readonly StringBuilder wordsBuffer = new();
    private int position;
    private int substitutionDepth;
    private bool rawEscapes;

    /// <summary>Initializes a new run over <paramref name="word"/>.</summary>
    public ShellWordExpander(
        ShellWordProcessor options,
        string word,
        IReadOnlyDictionary<string, string> environment,
        bool normalizeKeys)
    {
        input = ShellText.ToCodePoints(word);
        escapeToken = options.EscapeToken;
        rawQuotes = options.RawQuotes;
        rawEscapes = options.RawEscapes;
        skipProcessQuotes = options.SkipProcessQuotes;
        skipUnsetEnv = options.SkipUnsetEnv;
        this.environment = environment;
        this.normalizeKeys = normalizeKeys;

        // Go's text/scanner drops a byte order mark at the very start of its input.
        if (input.Length > 0 && input[0] == 0xFEFF)
        {
            position = 1;
        }
    }

    /// <summary>Gets the names that were looked up and found; <see langword="null"/> when none was (made on the first).</summary>
    public HashSet<string>? Matched { get; private set; }

    /// <summary>Gets the names that were looked up and not found; <see langword="null"/> when none was (made on the first).</summary>
    public HashSet<string>? Unmatched { get; private set; }

    /// <summary>Expands the whole word.</summary>
    public string Run(out List<string> words) => ProcessStopOn(Eof, rawEscapes, out words);

    private int Peek() => position < input.Length ? input[position] : Eof;

    private int Next() => position < input.Length ? input[position++] : Eof;

    private string ProcessStopOn(int stopChar, bool useRawEscapes, out List<string> words)
    {
        var result = new StringBuilder();
        wordsBuffer.Clear();
        var accumulator = new ShellWordAccumulator(wordsBuffer);

        bool saved = rawEscapes;
        rawEscapes = useRawEscapes;
        try
        {
            while (Peek() != Eof)
            {
                int ch = Peek();
                if (stopChar != Eof && ch == stopChar)
                {
                    Next();
                    words = accumulator.GetWords();
                    return result.ToString();
                }

                string? special = null;
                if (ch == '$')
                {
                    special = ProcessDollar();
                    result.Append(special);
                    accumulator.AddString(special);
                    continue;
                }

                if (ch == '<')
                {
                    special = ProcessPossibleHeredoc();
                }
                else if (!skipProcessQuotes && ch == '\'')
                {
                    special = ProcessSingleQuote();
                }
                else if (!skipProcessQuotes && ch == '"')
                {
                    special = ProcessDoubleQuote();
                }

                if (special is not null)
                {
                    result.Append(special);
                    accumulator.AddRawString(special);
                    continue;
                }

                ch = Next();
                if (ch == escapeToken)
                {
                    if (rawEscapes)
                    {
                        accumulator.AddRawChar(ch);
                        ShellText.AppendCodePoint(result, ch);
                    }

                    // The escape token escapes the next character; at the end of the input it is dropped.
                    ch = Next();
                    if (ch == Eof)
                    {
                        break;
                    }

                    accumulator.AddRawChar(ch);
                }
                else
                {
                    accumulator.AddChar(ch);
                }

                ShellText.AppendCodePoint(result, ch);
            }

            if (stopChar != Eof)
            {
                throw new ShellExpansionException(
                    "unexpected end of statement while looking for matching " + char.ConvertFromUtf32(stopChar));
            }

            words = accumulator.GetWords();
            return result.ToString();
        }
        finally
        {
            rawEscapes = saved;
        }
    }

    private string ProcessSingleQuote()
    {
        // Everything up to the next single quote is literal; a single quote cannot be escaped inside.
        var result = new StringBuilder();
        int ch = Next();
        if (rawQuotes)
        {
            ShellText.AppendCodePoint(result, ch);
        }

        while (true)
        {
            ch = Next();
            if (ch == Eof)
            {
                throw new ShellExpansionException("unexpected end of statement while looking for matching single-quote");
            }

            if (ch == '\'')
            {
                if (rawQuotes)
                {
                    ShellText.AppendCodePoint(result, ch);
                }

                return result.ToString();
            }

            ShellText.AppendCodePoint(result, ch);
        }
    }

    private string ProcessDoubleQuote()
    {
        // Literal except for $ and the escape token, which only escapes ", $ and itself.
        var result = new StringBuilder();
        int ch = Next();
        if (rawQuotes)
        {
            ShellText.AppendCodePoint(result, ch);
        }

        while (true)
        {
            switch (Peek())
            {
                case Eof:
                    throw new ShellExpansionException("unexpected end of statement while looking for matching double-quote");
                case '"':
                    ch = Next();
                    if (rawQuotes)
                    {
                        ShellText.AppendCodePoint(result, ch);
                    }

                    return result.ToString();
                case '$':
                    result.Append(ProcessDollar());
                    break;
                default:
                    ch = Next();
                    if (ch == escapeToken)
                    {
                        if (rawEscapes)
                        {
                            ShellText.AppendCodePoint(result, ch);
                        }

                        int peek = Peek();
                        if (peek == Eof)
                        {
                            // An escape at the very end is ignored (the missing quote is reported next).
                            continue;
                        }

                        if (peek == '"' || peek == '$' || peek == escapeToken)
                        {
                            ch = Next();
                        }
                    }

                    ShellText.AppendCodePoint(result, ch);
                    break;
            }
        }
    }

    private string ProcessDollar()
    {
        Next();

        if (Peek() != '{')
        {
            string simpleName = ProcessName();
            if (simpleName.Length == 0)
            {
                return "$";
            }

            bool found = TryGetEnvironment(simpleName, out string simpleValue);
            return !found && skipUnsetEnv ? "$" + simpleName : simpleValue;
        }

        Next();
        switch (Peek())
        {
            case Eof:
                throw new ShellExpansionException("syntax error: missing '}'");
            case '{':
            case '}':
            case ':':
                throw new ShellExpansionException("syntax error: bad substitution");
        }

        if (substitutionDepth >= MaxSubstitutionDepth)
        {
            throw new ShellExpansionException(
                "substitutions are nested more than " + MaxSubstitutionDepth + " levels deep");
        }

        substitutionDepth++;
        try
        {
            return ProcessBraced();
        }
        finally
        {
            substitutionDepth--;
        }
    }

    // The rest of ${...} after the opening brace.
    private string ProcessBraced()
    {
        string name = ProcessName();
        int ch = Next();
        if (ch == Eof)
        {
            throw new ShellExpansionException("syntax error: missing '}'");
        }

        string modifier = char.ConvertFromUtf32(ch);
        bool nullIsUnset = false;
        switch (ch)
        {
            case '}':
            {
                bool set = TryGetEnvironment(name, out string value);
                return !set && skipUnsetEnv ? "${" + name + "}" : value;
            }

            case ':':
            case '+':
            case '-':
            case '?':
            case '#':
            case '%':
                if (ch == ':')
                {
                    nullIsUnset = true;
                    ch = Next();
                    if (ch != Eof)
                    {
                        modifier += char.ConvertFromUtf32(ch);
                    }
                }

                return ProcessModifier(name, ch, modifier, nullIsUnset);

            case '/':
                return ProcessReplace(name);

            default:
                throw UnsupportedModifier(modifier);
        }
    }

    private string ProcessModifier(string name, int ch, string modifier, bool nullIsUnset)
    {
        bool patternMode = ch == '#' || ch == '%';
        if (nullIsUnset && patternMode)
        {
            throw UnsupportedModifier(modifier);
        }

        string word = ProcessOperand('}', patternMode, "syntax error: missing '}'");

        bool set = TryGetEnvironment(name, out string value);
        if (skipUnsetEnv && !set)
        {
            return "${" + name + modifier + word + "}";
        }

        bool empty = !set || (nullIsUnset && value.Length == 0);
        switch (ch)
        {
            case '-':
                return empty ? word : value;
            case '+':
                return empty ? string.Empty : word;
            case '?':
                if (!set)
                {
                    throw new ShellExpansionException(name + ": " + (word.Length != 0 ? word : "is not allowed to be unset"));
                }

                if (nullIsUnset && value.Length == 0)
                {
                    throw new ShellExpansionException(name + ": " + (word.Length != 0 ? word : "is not allowed to be empty"));
                }

                return value;
            case '#':
            case '%':
                // A single # or % removes the shortest match, a doubled one the longest.
                bool greedy = false;
                if (word.Length > 0 && word[0] == ch)
                {
                    greedy = true;
                    word = word.Substring(1);
                }

                return ch == '%'
                    ? ShellPattern.TrimSuffix(word, value, greedy)
                    : ShellPattern.TrimPrefix(word, value, greedy);
            default:
                throw UnsupportedModifier(modifier);
        }
    }

    private string ProcessReplace(string name)
    {
        bool all = Peek() == '/';
        if (all)
        {
            Next();
        }

        string pattern = ProcessOperand('/', true, "syntax error: missing '/' in ${}");
        string replacement = ProcessOperand('}', true, "syntax error: missing '}'");

        bool set = TryGetEnvironment(name, out string value);
        if (skipUnsetEnv && !set)
        {
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }

        return ShellPattern.Replace(pattern, value, replacement, all);
    }

    private string ProcessOperand(int stopChar, bool useRawEscapes, string endOfInputMessage)
    {
        try
        {
            return ProcessStopOn(stopChar, useRawEscapes, out _);
        }
        catch (ShellExpansionException) when (Peek() == Eof)
        {
            throw new ShellExpansionException(endOfInputMessage);
        }
    }

    private string ProcessName()
    {
        // A name is letters, digits and underscores; a leading digit means a positional parameter made of
        // digits only, and a special parameter is a single character.
        var name = new StringBuilder();
        while (Peek() != Eof)
        {
            int ch = Peek();
            if (name.Length == 0 && ShellText.IsDigit(ch))
            {
                while (Peek() != Eof && ShellText.IsDigit(Peek()))
                {
                    ShellText.AppendCodePoint(name, Next());
                }

                return name.ToString();
            }

            if (name.Length == 0 && IsSpecialParameter(ch))
            {
                return char.ConvertFromUtf32(Next());
            }

            if (!ShellText.IsLetter(ch) && !ShellText.IsDigit(ch) && ch != '_')
            {
                break;
            }

            ShellText.AppendCodePoint(name, Next());
        }

        return name.ToString();
    }

    private string ProcessPossibleHeredoc()
    {
        Next();
        if (Peek() != '<')
        {
            return "<";
        }

        Next();

        // Keep the white space between << and the terminator word so it is not split off.
        var result = new StringBuilder("<<");
        while (Peek() == '\t' || Peek() == '\r' || Peek() == ' ')
        {
            ShellText.AppendCodePoint(result, Next());
        }

        return result.ToString();
    }

    private static bool IsSpecialParameter(int ch)
    {
        switch (ch)
        {
            case '@':
            case '*':
            case '#':
            case '?':
            case '-':
            case '$':
            case '!':
            case '0':
                return true;
            default:
                return false;
        }
    }

    private bool TryGetEnvironment(string name, out string value)
    {
        string key = normalizeKeys ? name.ToUpperInvariant() : name;
        if (environment.TryGetValue(key, out string? found))
        {
            value = found ?? string.Empty;
            (Matched ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(name);
            return true;
        }

        value = string.Empty;
        (Unmatched ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(name);
        return false;
    }

    private static ShellExpansionException UnsupportedModifier(string modifier)
        => new("unsupported modifier (" + modifier + ") in substitution");
}
