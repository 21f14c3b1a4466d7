using System;
namespace Dockerfile.Syntax.Parser;

/// <summary>Word structure: literal runs, quoted strings and variable references, as BuildKit's shell lexer reads them.</summary>
internal sealed partial class InstructionParser
{
    private const char NoStop = '\0';

    /// <summary>
    /// How deep <c>${...}</c> substitutions are given structure. Deeper text stays one literal token, so
    /// absurd nesting cannot overflow the stack here or in any later recursive walk of the tree.
    /// </summary>
    private const int MaxSubstitutionNesting = 64;

    private int _substitutionDepth;

    private PNode Word(int ws, int we, bool reportQuotes = true)
    {
        int p = ws;
        return ParseWordUntil(ref p, we, NoStop, reportQuotes);
    }

    private PNode EmptyWord(int at)
    {
        var word = _arena.Node(SyntaxKind.Word);
        int p = MapStart(at);
        word.Add(_arena.Token(SyntaxKind.LiteralToken, p, p, missing: true));
        return word;
    }

    /// <summary>Parses word parts from <paramref name="p"/> up to <paramref name="end"/> or an unquoted <paramref name="stop"/> character (not consumed).</summary>
    private PNode ParseWordUntil(ref int p, int end, char stop, bool reportQuotes)
    {
        var word = _arena.Node(SyntaxKind.Word);
        int literalStart = -1;
        while (p < end)
        {
            char c = _l[p];
            if (stop != NoStop && c == stop)
            {
                break;
            }

            if (c == _escape)
            {
                if (literalStart < 0)
                {
                    literalStart = p;
                }

                p = System.Math.Min(p + 2, end);
                continue;
            }

            if (c == '$')
            {
                int save = p;
                var reference = TryVariable(ref p, end, reportQuotes);
                if (reference != null)
                {
                    FlushLiteral(word, ref literalStart, save, SyntaxKind.LiteralToken);
                    word.Add(reference);
                    continue;
                }
            }
            else if (c == '\'' || c == '"')
            {
                FlushLiteral(word, ref literalStart, p, SyntaxKind.LiteralToken);
                word.Add(c == '\'' ? SingleQuoted(ref p, end, reportQuotes) : DoubleQuoted(ref p, end, reportQuotes));
                continue;
            }

            if (literalStart < 0)
            {
                literalStart = p;
            }

            p++;
        }

        FlushLiteral(word, ref literalStart, p, SyntaxKind.LiteralToken);
        if (word.Count == 0)
        {
            int at = MapStart(p);
            word.Add(_arena.Token(SyntaxKind.LiteralToken, at, at));
        }

        return word;
    }

    private void FlushLiteral(PNode node, ref int literalStart, int end, SyntaxKind kind)
    {
        if (literalStart >= 0 && end > literalStart)
        {
            Split(node, kind, literalStart, end);
        }

        literalStart = -1;
    }

    private PNode SingleQuoted(ref int p, int end, bool report)
    {
        var node = _arena.Node(SyntaxKind.SingleQuotedString);
        int open = p;
        node.Add(Token(SyntaxKind.SingleQuoteToken, p, p + 1));
        int close = Array.IndexOf(_l, '\'', p + 1, end - (p + 1));
        int contentEnd = close < 0 ? end : close;
        if (contentEnd > p + 1)
        {
            Split(node, SyntaxKind.QuotedTextToken, p + 1, contentEnd);
        }

        if (close < 0)
        {
            int at = MapStart(end);
            node.Add(_arena.Token(SyntaxKind.SingleQuoteToken, at, at, missing: true));
            if (report)
            {
                node.AddDiagnostic(SyntaxDiagnostics.UnterminatedQuote, MapStart(open), MapEnd(end), "single");
            }

            p = end;
        }
        else
        {
            node.Add(Token(SyntaxKind.SingleQuoteToken, close, close + 1));
            p = close + 1;
        }

        return node;
    }

    private PNode DoubleQuoted(ref int p, int end, bool report)
    {
        var node = _arena.Node(SyntaxKind.DoubleQuotedString);
        int open = p;
        node.Add(Token(SyntaxKind.DoubleQuoteToken, p, p + 1));
        p++;
        int literalStart = -1;
        while (p < end)
        {
            char c = _l[p];
            if (c == '"')
            {
                FlushLiteral(node, ref literalStart, p, SyntaxKind.QuotedTextToken);
                node.Add(Token(SyntaxKind.DoubleQuoteToken, p, p + 1));
                p++;
                return node;
            }

            if (c == '$')
            {
                int save = p;
                var reference = TryVariable(ref p, end, report);
                if (reference != null)
                {
                    FlushLiteral(node, ref literalStart, save, SyntaxKind.QuotedTextToken);
                    node.Add(reference);
                    continue;
                }
            }

            if (literalStart < 0)
            {
                literalStart = p;
            }

            if (c == _escape && p + 1 < end && (_l[p + 1] == '"' || _l[p + 1] == '$' || _l[p + 1] == _escape))
            {
                p += 2;
                continue;
            }

            p++;
        }

        FlushLiteral(node, ref literalStart, p, SyntaxKind.QuotedTextToken);
        int at = MapStart(end);
        node.Add(_arena.Token(SyntaxKind.DoubleQuoteToken, at, at, missing: true));
        if (report)
        {
            node.AddDiagnostic(SyntaxDiagnostics.UnterminatedQuote, MapStart(open), MapEnd(end), "double");
        }

        return node;
    }

    private int ScanName(int p, int end)
    {
        if (p >= end)
        {
            return p;
        }

        char c = _l[p];
        if (char.IsDigit(c))
        {
            while (p < end && char.IsDigit(_l[p]))
            {
                p++;
            }

            return p;
        }

        if (c is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
        {
            return p + 1;
        }

        while (p < end && (char.IsLetter(_l[p]) || char.IsDigit(_l[p]) || _l[p] == '_'))
        {
            p++;
        }

        return p;
    }

    /// <summary>Parses <c>$NAME</c> or <c>${...}</c> at <paramref name="p"/>; returns null when the <c>$</c> is literal.</summary>
    private PNode? TryVariable(ref int p, int end, bool report)
    {
        int dollar = p;
        if (p + 1 < end && _l[p + 1] == '{')
        {
            return BracedVariable(ref p, end, report);
        }

        int nameEnd = ScanName(p + 1, end);
        if (nameEnd == p + 1)
        {
            return null;
        }

        var node = _arena.Node(SyntaxKind.SimpleVariableReference);
        node.Add(Token(SyntaxKind.DollarToken, dollar, dollar + 1));
        node.Add(Token(SyntaxKind.VariableNameToken, dollar + 1, nameEnd));
        p = nameEnd;
        return node;
    }

    private PNode BracedVariable(ref int p, int end, bool report)
    {
        var node = _arena.Node(SyntaxKind.BracedVariableReference);
        int open = p;
        node.Add(Token(SyntaxKind.DollarOpenBraceToken, p, p + 2));
        p += 2;
        if (p < end && (_l[p] == '{' || _l[p] == '}' || _l[p] == ':'))
        {
            node.AddDiagnostic(SyntaxDiagnostics.BadSubstitution, MapStart(open), MapEnd(System.Math.Min(p + 1, end)), "Bad substitution: a variable name must follow '${'");
        }

        int nameEnd = ScanName(p, end);
        if (nameEnd > p)
        {
            node.Add(Token(SyntaxKind.VariableNameToken, p, nameEnd));
        }
        else
        {
            int at = MapStart(p);
            node.Add(_arena.Token(SyntaxKind.VariableNameToken, at, at, missing: true));
        }

        p = nameEnd;
        if (p < end && _l[p] != '}')
        {
            char c = _l[p];
            int modifierEnd = p + 1;
            bool supported = true;
            if (c == ':')
            {
                modifierEnd = System.Math.Min(p + 2, end);
                char next = modifierEnd > p + 1 ? _l[p + 1] : '\0';
                supported = next is '-' or '+' or '?';
            }
            else if (c is '#' or '%' or '/')
            {
                if (p + 1 < end && _l[p + 1] == c)
                {
                    modifierEnd = p + 2;
                }
            }
            else if (c is not ('+' or '-' or '?'))
            {
                supported = false;
            }

            node.Add(Token(SyntaxKind.ModifierToken, p, modifierEnd));
            if (!supported)
            {
                node.AddDiagnostic(SyntaxDiagnostics.BadSubstitution, MapStart(p), MapEnd(modifierEnd), $"Unsupported modifier '{new string(_l, p, modifierEnd - p)}' in substitution");
            }

            p = modifierEnd;
            if (c == '/')
            {
                var pattern = NestedWord(ref p, end, '/', report);
                node.Add(pattern);
                if (p < end && _l[p] == '/')
                {
                    node.Add(Token(SyntaxKind.SlashToken, p, p + 1));
                    p++;
                    node.Add(NestedWord(ref p, end, '}', report));
                }
                else
                {
                    node.AddDiagnostic(SyntaxDiagnostics.BadSubstitution, MapStart(open), MapEnd(p), "Missing '/' in ${...}");
                }
            }
            else
            {
                node.Add(NestedWord(ref p, end, '}', report));
            }
        }

        if (p < end && _l[p] == '}')
        {
            node.Add(Token(SyntaxKind.CloseBraceToken, p, p + 1));
            p++;
        }
        else
        {
            int at = MapStart(end);
            node.Add(_arena.Token(SyntaxKind.CloseBraceToken, at, at, missing: true));
            if (report)
            {
                node.AddDiagnostic(SyntaxDiagnostics.BadSubstitution, MapStart(open), MapEnd(end), "Missing '}' in ${...}");
            }

            p = end;
        }

        return node;
    }

    /// <summary>Parses the word inside a substitution, or past <see cref="MaxSubstitutionNesting"/> keeps it as flat literal text.</summary>
    private PNode NestedWord(ref int p, int end, char stop, bool report)
    {
        if (_substitutionDepth >= MaxSubstitutionNesting)
        {
            var flat = _arena.Node(SyntaxKind.Word);
            int literalStart = p;
            p = SkipNestedText(p, end, stop);
            FlushLiteral(flat, ref literalStart, p, SyntaxKind.LiteralToken);
            if (flat.Count == 0)
            {
                int at = MapStart(p);
                flat.Add(_arena.Token(SyntaxKind.LiteralToken, at, at));
            }

            return flat;
        }

        _substitutionDepth++;
        try
        {
            return ParseWordUntil(ref p, end, stop, report);
        }
        finally
        {
            _substitutionDepth--;
        }
    }

    /// <summary>Finds where a substitution word ends without recursion: the first <paramref name="stop"/> outside quotes and nested braces.</summary>
    private int SkipNestedText(int p, int end, char stop)
    {
        int depth = 0;
        while (p < end)
        {
            char c = _l[p];
            if (c == _escape)
            {
                p = System.Math.Min(p + 2, end);
                continue;
            }

            if (depth == 0 && c == stop)
            {
                break;
            }

            if (c == '$' && p + 1 < end && _l[p + 1] == '{')
            {
                depth++;
                p += 2;
                continue;
            }

            if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (c == '\'' || c == '"')
            {
                p++;
                while (p < end && _l[p] != c)
                {
                    p += c == '"' && _l[p] == _escape ? 2 : 1;
                }

                p = System.Math.Min(p, end);
            }

            p++;
        }

        return System.Math.Min(p, end);
    }
}
