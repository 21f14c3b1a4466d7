using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Finds the <c>$NAME</c> and <c>${NAME...}</c> references in shell text (a RUN's shell form), which the tree keeps
/// as text because the shell, not BuildKit, expands them. Single-quoted text and <c>\$</c> are skipped; the quote
/// state carries from one segment to the next.
/// </summary>
internal sealed class ShellVariableScanner
{
    private bool _inSingle;
    private bool _inDouble;

    /// <summary>Scans one segment of shell text that starts at <paramref name="offset"/>.</summary>
    public void Scan(string text, int offset, List<(string Name, TextSpan Span)> found)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (_inSingle)
            {
                if (c == '\'')
                {
                    _inSingle = false;
                }

                continue;
            }

            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '\'' && !_inDouble)
            {
                _inSingle = true;
                continue;
            }

            if (c == '"')
            {
                _inDouble = !_inDouble;
                continue;
            }

            if (c != '$' || i + 1 >= text.Length)
            {
                continue;
            }

            int start = i + 1;
            if (text[start] == '{')
            {
                start++;
            }

            int end = start;
            while (end < text.Length && IsNameChar(text[end], end == start))
            {
                end++;
            }

            if (end > start)
            {
                found.Add((text.Substring(start, end - start), new TextSpan(offset + start, end - start)));
                i = end - 1;
            }
        }
    }

    internal static bool IsNameChar(char c, bool first) =>
        c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}
