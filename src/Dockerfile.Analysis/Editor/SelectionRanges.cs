using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>Expand-selection ranges: word, then flag or argument, then instruction, then stage, then the whole file.</summary>
public static class SelectionRanges
{
    /// <summary>Gets the ranges around a position, innermost first; each contains the one before it.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="position">An offset in the tree's text (clamped to it).</param>
    /// <returns>The nested spans, innermost first, without duplicates; the last is the whole text.</returns>
    public static ImmutableArray<TextSpan> Get(DockerfileSyntaxTree tree, int position)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var root = tree.GetRoot();
        position = Math.Max(0, Math.Min(position, tree.Length));
        var spans = new List<TextSpan>();
        var token = root.FindToken(position);
        if (token.Kind != SyntaxKind.None && token.Kind != SyntaxKind.EndOfLineToken && token.Kind != SyntaxKind.EndOfFileToken && (token.Span.Contains(position) || token.Span.End == position))
        {
            var text = token.Text;
            int offset = position - token.Span.Start;
            if (token.Kind is SyntaxKind.ShellTextToken or SyntaxKind.HeredocBodyToken or SyntaxKind.TextToken or SyntaxKind.LiteralToken or SyntaxKind.QuotedTextToken)
            {
                // a word of the text: the run of non-space characters around the position
                int s = Math.Min(offset, text.Length);
                while (s > 0 && !char.IsWhiteSpace(text[s - 1]))
                {
                    s--;
                }

                int e = offset;
                while (e < text.Length && !char.IsWhiteSpace(text[e]))
                {
                    e++;
                }

                if (e > s)
                {
                    spans.Add(new TextSpan(token.Span.Start + s, e - s));
                }

                if (token.Kind == SyntaxKind.HeredocBodyToken)
                {
                    int lineStart = text.LastIndexOf('\n', Math.Max(0, Math.Min(offset, text.Length) - 1));
                    lineStart = offset == 0 ? 0 : lineStart + 1;
                    int lineEnd = text.IndexOf('\n', Math.Min(offset, text.Length));
                    lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                    if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
                    {
                        lineEnd--;
                    }
                    if (lineEnd > lineStart)
                    {
                        spans.Add(TextSpan.FromBounds(token.Span.Start + lineStart, token.Span.Start + lineEnd));
                    }
                }
            }

            spans.Add(token.Span);
            for (var node = token.Parent; node != null; node = node.Parent)
            {
                if (node is InstructionSyntax instruction && node.Parent is DockerfileSyntax)
                {
                    spans.Add(TextSpan.FromBounds(instruction.Span.Start, Math.Max(instruction.Span.Start, DocumentSymbols.ContentEnd(instruction))));
                    AddStage(root, instruction, spans);
                    break;
                }

                if (node is DockerfileSyntax)
                {
                    break;
                }

                spans.Add(node is InstructionSyntax nested ? TextSpan.FromBounds(nested.Span.Start, Math.Max(nested.Span.Start, DocumentSymbols.ContentEnd(nested))) : node.Span);
            }
        }
        else if (token.Parent?.FirstAncestorOrSelf<InstructionSyntax>() is { } instruction && instruction.Parent is DockerfileSyntax)
        {
            spans.Add(TextSpan.FromBounds(instruction.Span.Start, Math.Max(instruction.Span.Start, DocumentSymbols.ContentEnd(instruction))));
            AddStage(root, instruction, spans);
        }

        spans.Add(root.FullSpan);

        // Keep them strictly growing: drop duplicates and any span that does not contain the previous one.
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var span in spans)
        {
            if (result.Count > 0)
            {
                var previous = result[result.Count - 1];
                if (span == previous || !span.Contains(previous))
                {
                    continue;
                }
            }

            result.Add(span);
        }

        return result.ToImmutable();
    }

    private static void AddStage(DockerfileSyntax root, InstructionSyntax instruction, List<TextSpan> spans)
    {
        FromInstructionSyntax? from = null;
        InstructionSyntax? last = null;
        foreach (var candidate in root.Instructions)
        {
            if (candidate is FromInstructionSyntax f)
            {
                if (candidate.Span.Start > instruction.Span.Start)
                {
                    break;
                }

                from = f;
            }

            if (from != null)
            {
                last = candidate;
            }
        }

        if (from != null && last != null)
        {
            spans.Add(TextSpan.FromBounds(from.Span.Start, Math.Max(from.Span.Start, DocumentSymbols.ContentEnd(last))));
        }
    }
}
