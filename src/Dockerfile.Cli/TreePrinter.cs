using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dockerfile.Syntax;

namespace Dockerfile.Cli;

/// <summary>
/// Prints a tree one element a line, indented by depth: <c>Kind@start..end "text"</c> for tokens,
/// <c>L:</c>/<c>T:</c> prefixes for leading and trailing trivia, and <c>value="…"</c> when a token's value differs from its text.
/// </summary>
internal static class TreePrinter
{
    public static string Print(SyntaxNode root)
    {
        var builder = new StringBuilder();
        var pending = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (item, depth) = pending.Pop();
            if (item.AsNode() is { } node)
            {
                Line(builder, depth, node.Kind.ToString(), node.FullSpan.Start, node.FullSpan.End, null, null);
                foreach (var child in node.ChildNodesAndTokens().Reverse())
                {
                    pending.Push((child, depth + 1));
                }

                continue;
            }

            var token = item.AsToken();
            foreach (var trivia in token.LeadingTrivia)
            {
                Line(builder, depth, "L:" + trivia.Kind, trivia.Span.Start, trivia.Span.End, trivia.ToString(), null);
            }

            string kind = token.Kind + (token.IsMissing ? "(missing)" : string.Empty);
            Line(builder, depth, kind, token.Span.Start, token.Span.End, token.Text, token.ValueText == token.Text ? null : token.ValueText);
            foreach (var trivia in token.TrailingTrivia)
            {
                Line(builder, depth, "T:" + trivia.Kind, trivia.Span.Start, trivia.Span.End, trivia.ToString(), null);
            }
        }

        return builder.ToString();
    }

    private static void Line(StringBuilder builder, int depth, string kind, int start, int end, string? text, string? value)
    {
        builder.Append(' ', depth * 2).Append(kind).Append('@')
            .Append(start.ToString(CultureInfo.InvariantCulture)).Append("..").Append(end.ToString(CultureInfo.InvariantCulture));
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

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) ||
                        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
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

        return builder.Append('"').ToString();
    }
}
