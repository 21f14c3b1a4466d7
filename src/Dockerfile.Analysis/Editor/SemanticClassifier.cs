using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Classifies a tree's text for semantic highlighting: keywords, flags and their values, variables, strings,
/// comments, parser directives, stage names, image references, heredoc delimiters and bodies, JSON punctuation.
/// </summary>
/// <remarks>
/// The result is in document order, the spans do not overlap and none crosses a line break (a multi-line token is
/// split), which is what LSP semantic tokens need. Only the top-level nodes that touch the requested span are
/// visited, so a range request costs what the range holds.
/// </remarks>
public static class SemanticClassifier
{
    /// <summary>Classifies the text of a tree, or of one span of it.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="span">The span to classify (tokens that cross its ends are included); <see langword="null"/> for the whole text.</param>
    /// <returns>The classified spans, ordered, non-overlapping and single-line.</returns>
    public static ImmutableArray<ClassifiedSpan> Classify(DockerfileSyntaxTree tree, TextSpan? span = null)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var root = tree.GetRoot();
        var range = span is TextSpan s
            ? TextSpan.FromBounds(Math.Max(0, Math.Min(s.Start, tree.Length)), Math.Max(0, Math.Min(s.End, tree.Length)))
            : root.FullSpan;
        var stageNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var instruction in root.Instructions)
        {
            if (instruction is FromInstructionSyntax { StageName: { } name })
            {
                stageNames.Add(name.ValueText);
            }
        }

        var text = tree.GetText();
        var raw = new List<ClassifiedSpan>();
        var overlays = new List<ClassifiedSpan>();
        foreach (var child in root.ChildNodesAndTokens())
        {
            var full = child.FullSpan;
            if (full.End < range.Start || full.Start > range.End)
            {
                continue;
            }

            if (child.IsToken)
            {
                AddTrivia(child.AsToken(), raw);
                continue;
            }

            var node = child.AsNode()!;
            foreach (var token in node.DescendantTokens())
            {
                AddTrivia(token, raw);
                AddToken(token, stageNames, raw);
            }

            if (node is InstructionSyntax instruction)
            {
                AddOverlays(instruction, text, overlays);
            }
        }

        overlays.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var merged = Subtract(raw, overlays);
        merged.AddRange(overlays);
        merged.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var result = ImmutableArray.CreateBuilder<ClassifiedSpan>();
        int lastEnd = 0;
        foreach (var item in merged)
        {
            foreach (var piece in SplitLines(item, text))
            {
                if (piece.Span.Start < lastEnd || piece.Span.Length == 0)
                {
                    continue;
                }

                if (piece.Span.End < range.Start || piece.Span.Start > range.End || (range.Length > 0 && (piece.Span.End == range.Start || piece.Span.Start == range.End)))
                {
                    continue;
                }

                result.Add(piece);
                lastEnd = piece.Span.End;
            }
        }

        return result.ToImmutable();
    }

    private static void AddTrivia(SyntaxToken token, List<ClassifiedSpan> output)
    {
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.Kind == SyntaxKind.CommentTrivia)
            {
                output.Add(new ClassifiedSpan(trivia.Span, SemanticTokenKind.Comment));
            }
        }

        foreach (var trivia in token.TrailingTrivia)
        {
            if (trivia.Kind == SyntaxKind.CommentTrivia)
            {
                output.Add(new ClassifiedSpan(trivia.Span, SemanticTokenKind.Comment));
            }
        }
    }

    private static void AddToken(SyntaxToken token, HashSet<string> stageNames, List<ClassifiedSpan> output)
    {
        var span = token.Span;
        if (span.Length == 0)
        {
            return;
        }

        SemanticTokenKind? kind = null;
        var modifiers = SemanticTokenModifiers.None;
        switch (token.Kind)
        {
            case SyntaxKind.InstructionKeywordToken:
                kind = SemanticTokenKind.Keyword;
                if (token.Parent is MaintainerInstructionSyntax)
                {
                    modifiers = SemanticTokenModifiers.Deprecated;
                }

                break;
            case SyntaxKind.KeywordToken:
                kind = SemanticTokenKind.Keyword;
                break;
            case SyntaxKind.HashToken:
            case SyntaxKind.DirectiveNameToken:
                kind = SemanticTokenKind.Directive;
                break;
            case SyntaxKind.DirectiveValueToken:
                kind = SemanticTokenKind.DirectiveValue;
                break;
            case SyntaxKind.EqualsToken:
            case SyntaxKind.ModifierToken:
            case SyntaxKind.SlashToken:
                kind = SemanticTokenKind.Operator;
                break;
            case SyntaxKind.FlagNameToken:
                kind = SemanticTokenKind.Flag;
                break;
            case SyntaxKind.DollarToken:
            case SyntaxKind.DollarOpenBraceToken:
            case SyntaxKind.CloseBraceToken:
            case SyntaxKind.VariableNameToken:
                kind = SemanticTokenKind.Variable;
                break;
            case SyntaxKind.QuotedTextToken:
            case SyntaxKind.SingleQuoteToken:
            case SyntaxKind.DoubleQuoteToken:
            case SyntaxKind.StringLiteralToken:
                kind = SemanticTokenKind.String;
                break;
            case SyntaxKind.OpenBracketToken:
            case SyntaxKind.CloseBracketToken:
            case SyntaxKind.CommaToken:
                kind = SemanticTokenKind.Punctuation;
                break;
            case SyntaxKind.HeredocBodyToken:
                kind = SemanticTokenKind.HeredocBody;
                break;
            case SyntaxKind.HeredocTerminatorToken:
                if (token.IsMissing)
                {
                    return;
                }

                int tabs = token.Text.Length - token.Text.TrimStart('\t').Length;
                span = new TextSpan(span.Start + tabs, span.Length - tabs);
                kind = SemanticTokenKind.HeredocDelimiter;
                break;
            case SyntaxKind.LiteralToken:
                (kind, modifiers) = ClassifyLiteral(token, stageNames);
                break;
        }

        if (kind is SemanticTokenKind k && span.Length > 0)
        {
            output.Add(new ClassifiedSpan(span, k, modifiers));
        }
    }

    private static (SemanticTokenKind?, SemanticTokenModifiers) ClassifyLiteral(SyntaxToken token, HashSet<string> stageNames)
    {
        if (token.Parent is not WordSyntax word)
        {
            return (null, SemanticTokenModifiers.None);
        }

        switch (word.Parent)
        {
            case FlagSyntax flag:
                if (flag.Name == "from" && flag.Parent is BaseCopyInstructionSyntax)
                {
                    string value = word.ValueText;
                    bool stage = stageNames.Contains(value) || (value.Length > 0 && value.All(char.IsDigit));
                    return (stage ? SemanticTokenKind.StageName : SemanticTokenKind.Image, SemanticTokenModifiers.None);
                }

                return (SemanticTokenKind.FlagValue, SemanticTokenModifiers.None);
            case FromInstructionSyntax from:
                if (ReferenceEquals(from.StageName, word))
                {
                    return (SemanticTokenKind.StageName, SemanticTokenModifiers.Declaration);
                }

                if (ReferenceEquals(from.Image, word))
                {
                    return (IsEarlierStage(from, word.ValueText) ? SemanticTokenKind.StageName : SemanticTokenKind.Image, SemanticTokenModifiers.None);
                }

                break;
            case ArgDeclarationSyntax declaration when ReferenceEquals(declaration.NameWord, word):
                return (SemanticTokenKind.Variable, SemanticTokenModifiers.Declaration);
            case KeyValuePairSyntax pair when ReferenceEquals(pair.Key, word):
                return pair.Parent is EnvInstructionSyntax
                    ? (SemanticTokenKind.Variable, SemanticTokenModifiers.Declaration)
                    : (SemanticTokenKind.Property, SemanticTokenModifiers.None);
        }

        return (null, SemanticTokenModifiers.None);
    }

    private static bool IsEarlierStage(FromInstructionSyntax from, string name)
    {
        if (from.Parent is not DockerfileSyntax root)
        {
            return false;
        }

        foreach (var instruction in root.Instructions)
        {
            if (instruction.Span.Start >= from.Span.Start)
            {
                return false;
            }

            if (instruction is FromInstructionSyntax { StageName: { } stageName } && string.Equals(stageName.ValueText, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddOverlays(InstructionSyntax instruction, SourceText text, List<ClassifiedSpan> overlays)
    {
        var target = instruction is OnbuildInstructionSyntax { Instruction: { } inner } ? inner : instruction;
        if (target.Heredocs.Any())
        {
            foreach (var (_, span) in SymbolIndex.FindHeredocMarkers(target))
            {
                overlays.Add(new ClassifiedSpan(span, SemanticTokenKind.HeredocDelimiter, SemanticTokenModifiers.Declaration));
            }
        }

        if (target is RunInstructionSyntax run)
        {
            foreach (var (_, span) in SymbolIndex.FindMountFromValues(run))
            {
                overlays.Add(new ClassifiedSpan(span, SemanticTokenKind.StageName));
            }

            if (run.Command is ShellFormSyntax shell)
            {
                var scanner = new ShellVariableScanner();
                var found = new List<(string Name, TextSpan Span)>();
                foreach (var segment in shell.Segments)
                {
                    if (segment.Kind == SyntaxKind.ShellTextToken)
                    {
                        scanner.Scan(segment.Text, segment.Span.Start, found);
                    }
                }

                foreach (var (_, span) in found)
                {
                    int start = span.Start - 1;
                    if (start >= 1 && text[start] == '{' && text[start - 1] == '$')
                    {
                        start--;
                    }

                    overlays.Add(new ClassifiedSpan(TextSpan.FromBounds(start, span.End), SemanticTokenKind.Variable));
                }
            }
        }
    }

    // Cuts the overlay spans out of the base spans that contain them.
    private static List<ClassifiedSpan> Subtract(List<ClassifiedSpan> raw, List<ClassifiedSpan> overlays)
    {
        if (overlays.Count == 0)
        {
            return raw;
        }

        raw.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var result = new List<ClassifiedSpan>(raw.Count);
        int first = 0;
        foreach (var item in raw)
        {
            int start = item.Span.Start;
            int end = item.Span.End;
            while (first < overlays.Count && overlays[first].Span.End <= start)
            {
                first++;
            }

            for (int k = first; k < overlays.Count && overlays[k].Span.Start < end; k++)
            {
                var overlay = overlays[k];
                if (overlay.Span.End <= start)
                {
                    continue;
                }

                if (overlay.Span.Start > start)
                {
                    result.Add(new ClassifiedSpan(TextSpan.FromBounds(start, overlay.Span.Start), item.Kind, item.Modifiers));
                }

                start = Math.Max(start, overlay.Span.End);
            }

            if (end > start)
            {
                result.Add(new ClassifiedSpan(TextSpan.FromBounds(start, end), item.Kind, item.Modifiers));
            }
        }

        return result;
    }

    private static IEnumerable<ClassifiedSpan> SplitLines(ClassifiedSpan item, SourceText text)
    {
        int start = item.Span.Start;
        int end = Math.Min(item.Span.End, text.Length);
        int pieceStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\r' || c == '\n')
            {
                if (i > pieceStart)
                {
                    yield return new ClassifiedSpan(TextSpan.FromBounds(pieceStart, i), item.Kind, item.Modifiers);
                }

                pieceStart = i + 1;
            }
        }

        if (end > pieceStart)
        {
            yield return new ClassifiedSpan(TextSpan.FromBounds(pieceStart, end), item.Kind, item.Modifiers);
        }
    }
}
