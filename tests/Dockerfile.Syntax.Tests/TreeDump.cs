using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax.Tests;

/// <summary>Text dumps of a tree and its diagnostics, used as fixture baselines.</summary>
public static class TreeDump
{
    /// <summary>One line per node, token and trivia: <c>Kind@start..end "text"</c>, indented by depth.</summary>
    public static string Tree(SyntaxNode root)
    {
        var builder = new StringBuilder();
        foreach (var (depth, kind, start, end, text, value) in Elements(root))
        {
            builder.Append(' ', depth * 2).Append(kind).Append('@').Append(start).Append("..").Append(end);
            if (text != null)
            {
                builder.Append(' ').Append(Quote(text));
            }

            if (value != null)
            {
                builder.Append(" value=").Append(Quote(value));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The tree's shape without positions, with CRLF read as LF: for comparing line-ending variants.</summary>
    public static IEnumerable<string> Shape(SyntaxNode root) =>
        Elements(root).Select(e => new string(' ', e.Depth * 2) + e.Kind + (e.Text == null ? string.Empty : " " + Quote(e.Text.Replace("\r\n", "\n"))) + (e.Value == null ? string.Empty : " value=" + Quote(e.Value.Replace("\r\n", "\n"))));

    /// <summary>One line per diagnostic: id, severity, line:column (1-based), message.</summary>
    public static string Diagnostics(DockerfileSyntaxTree tree)
    {
        var builder = new StringBuilder();
        foreach (var d in tree.GetDiagnostics().OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal))
        {
            var pos = d.Location.GetLineSpan().StartLinePosition;
            builder.Append(d.Id).Append(' ').Append(d.Severity).Append(' ')
                .Append(pos.Line + 1).Append(':').Append(pos.Character + 1).Append(' ')
                .Append(Escape(d.GetMessage(CultureInfo.InvariantCulture))).Append('\n');
        }

        return builder.ToString();
    }

    private static IEnumerable<(int Depth, string Kind, int Start, int End, string? Text, string? Value)> Elements(SyntaxNode root)
    {
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            if (item.AsNode() is { } node)
            {
                yield return (depth, node.Kind.ToString(), node.FullSpan.Start, node.FullSpan.End, null, null);
                foreach (var child in node.ChildNodesAndTokens().Reverse())
                {
                    stack.Push((child, depth + 1));
                }

                continue;
            }

            var token = item.AsToken();
            foreach (var t in token.LeadingTrivia)
            {
                yield return (depth, "L:" + t.Kind, t.Span.Start, t.Span.End, t.Text, null);
            }

            string kind = token.Kind + (token.IsMissing ? "(missing)" : string.Empty);
            yield return (depth, kind, token.Span.Start, token.Span.End, token.Text, token.ValueText == token.Text ? null : token.ValueText);
            foreach (var t in token.TrailingTrivia)
            {
                yield return (depth, "T:" + t.Kind, t.Span.Start, t.Span.End, t.Text, null);
            }
        }
    }

    private static string Quote(string text) => "\"" + Escape(text) + "\"";

    /// <summary>Escapes control characters, quotes, backslashes, lone surrogates and the BOM so every dump line is one printable line.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                default:
                    if (char.IsControl(c) || c == '\uFEFF' || (char.IsHighSurrogate(c) && !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))) || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(text[i - 1]))))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
