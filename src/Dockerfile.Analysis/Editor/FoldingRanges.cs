using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>Folding ranges: each stage, each multi-line instruction, each heredoc and each block of comment lines.</summary>
public static class FoldingRanges
{
    /// <summary>Gets the folding ranges of a tree, ordered by start (then by size, largest first).</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The ranges; each covers at least two lines.</returns>
    public static ImmutableArray<FoldingRange> Get(DockerfileSyntaxTree tree)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var text = tree.GetText();
        var lines = text.Lines;
        var result = new List<FoldingRange>();

        void Add(int start, int end, FoldingRangeKind kind)
        {
            if (end <= start)
            {
                return;
            }

            int startLine = lines.GetLineFromPosition(start).LineNumber;
            int endLine = lines.GetLineFromPosition(end).LineNumber;
            if (endLine > startLine)
            {
                result.Add(new FoldingRange(TextSpan.FromBounds(start, end), startLine, endLine, kind));
            }
        }

        var root = tree.GetRoot();
        var instructions = root.Instructions.ToList();
        int? stageStart = null;
        InstructionSyntax? last = null;
        foreach (var instruction in instructions)
        {
            if (instruction is FromInstructionSyntax)
            {
                if (stageStart is int s && last != null)
                {
                    Add(s, DocumentSymbols.ContentEnd(last), FoldingRangeKind.Stage);
                }

                stageStart = instruction.Span.Start;
            }

            last = instruction;
            var inner = instruction is OnbuildInstructionSyntax { Instruction: { } wrapped } ? wrapped : instruction;
            var heredocs = inner.Heredocs.ToList();
            int lineEnd = heredocs.Count > 0 ? heredocs[0].Span.Start : DocumentSymbols.ContentEnd(instruction);
            var eol = inner.EndOfLineToken;
            if (heredocs.Count > 0 && eol.Kind == SyntaxKind.EndOfLineToken)
            {
                lineEnd = eol.Span.Start;
            }

            Add(instruction.Span.Start, lineEnd, FoldingRangeKind.Instruction);
            foreach (var heredoc in heredocs)
            {
                var terminator = heredoc.TerminatorToken;
                int end = terminator.Kind == SyntaxKind.HeredocTerminatorToken && !terminator.IsMissing ? terminator.Span.End : heredoc.BodyToken.Span.End;
                // Fold from the line before the body (the marker's line, or the previous heredoc's terminator) down to the terminator.
                int before = lines.GetLineFromPosition(Math.Max(0, heredoc.Span.Start - 1)).End;
                Add(Math.Max(instruction.Span.Start, before), end, FoldingRangeKind.Heredoc);
            }
        }

        if (stageStart is int start2 && last != null)
        {
            Add(start2, DocumentSymbols.ContentEnd(last), FoldingRangeKind.Stage);
        }

        AddCommentBlocks(root, Add);
        return result.OrderBy(r => r.Span.Start).ThenByDescending(r => r.Span.Length).ToImmutableArray();
    }

    private static void AddCommentBlocks(SyntaxNode root, Action<int, int, FoldingRangeKind> add)
    {
        foreach (var token in root.DescendantTokens())
        {
            int start = -1;
            int end = -1;
            int count = 0;
            foreach (var trivia in token.LeadingTrivia)
            {
                switch (trivia.Kind)
                {
                    case SyntaxKind.CommentTrivia:
                        if (start < 0)
                        {
                            start = trivia.Span.Start;
                        }

                        end = trivia.Span.End;
                        count++;
                        break;
                    case SyntaxKind.WhitespaceTrivia:
                        break;
                    case SyntaxKind.EndOfLineTrivia:
                        // one line break between two comments keeps the block; a blank line ends it
                        if (end >= 0 && trivia.Span.Start != end)
                        {
                            Flush();
                        }

                        break;
                    default:
                        Flush();
                        break;
                }
            }

            Flush();

            void Flush()
            {
                if (count >= 2)
                {
                    add(start, end, FoldingRangeKind.Comment);
                }

                start = -1;
                end = -1;
                count = 0;
            }
        }
    }
}
