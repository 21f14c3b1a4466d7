using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;
using SyntaxTrivia = Dockerfile.Syntax.SyntaxTrivia;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF5082: an empty line follows a line continuation inside an instruction (BuildKit NoEmptyContinuation).</summary>
public sealed class DF5082NoEmptyContinuation : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5082";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Empty line inside a continued instruction",
        "This `{0}` instruction is continued over an empty line (line {1}); the builder skips it today but empty continuation lines will become errors, so remove it (a comment line is fine)",
        "Style",
        DiagnosticSeverity.Warning,
        "Empty lines after a line continuation are skipped by the builder and will become errors in a future release. Remove them. Reported on the instruction's last line, where BuildKit reports it; the empty line is the additional location.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("NoEmptyContinuation"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static readonly char[] s_continuationStarts = { '\\', '`' };

    private static void Analyze(DockerfileAnalysisContext context)
    {
        // An empty continuation line follows a line continuation (a backslash or a backtick) and is itself a
        // blank line inside the instruction: the token walk is only needed for instructions whose text holds both.
        string text = context.Tree.GetText(context.CancellationToken).ToString();
        foreach (var instruction in context.Tree.GetRoot(context.CancellationToken).Instructions)
        {
            var span = instruction.Span;
            if (HasBlankLine(text, span.Start, span.End)
                && text.IndexOfAny(s_continuationStarts, span.Start, span.Length) >= 0
                && FindEmptyContinuationLine(instruction) is { } empty)
            {
                // BuildKit's parser reports the line it has reached when the instruction's continued line ends: the
                // instruction's last line (heredoc bodies come after it). The empty line goes along as an additional
                // location, for editors.
                var lines = context.Tree.GetText(context.CancellationToken).Lines;
                int end = SourceCopy.ContentEnd(instruction);
                var last = lines.GetLineFromPosition(end);
                var location = context.Tree.GetLocation(TextSpan.FromBounds(last.Start, Math.Max(last.Start, end)));
                var emptyLine = lines.GetLineFromPosition(empty.Start).LineNumber + 1;
                context.ReportDiagnostic(
                    Descriptor,
                    location,
                    new[] { context.Tree.GetLocation(empty) },
                    ImmutableDictionary<string, string?>.Empty.Add(RuleInfo.AdditionalLocationsMessageProperty, "the empty continuation line"),
                    instruction.InstructionName,
                    emptyLine);
            }
        }
    }

    /// <summary>
    /// Whether <c>text[start..end)</c> holds a line break followed by white space (none at all, too) and another
    /// line break or carriage return: a superset of the blank lines the token walk reports, which are always
    /// whole lines (a continuation's trivia ends with its line break, and no token starts inside a skipped line).
    /// </summary>
    internal static bool HasBlankLine(string text, int start, int end)
    {
        int newline = text.IndexOf('\n', start, end - start);
        while (newline >= 0)
        {
            int i = newline + 1;
            while (i < end && text[i] != '\n' && text[i] != '\r' && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < end && (text[i] == '\n' || text[i] == '\r'))
            {
                return true;
            }

            newline = i < end ? text.IndexOf('\n', i, end - i) : -1;
        }

        return false;
    }

    /// <summary>The first empty line after a line continuation inside an instruction, or null.</summary>
    internal static TextSpan? FindEmptyContinuationLine(InstructionSyntax instruction)
    {
        bool afterContinuation = false;
        bool atLineStart = false;
        int lineStart = 0;
        foreach (var token in instruction.DescendantTokens())
        {
            if (token.Kind == SyntaxKind.EndOfLineToken || token.Kind == SyntaxKind.HeredocBodyToken)
            {
                return null;
            }

            // The leading trivia, then a default trivia standing for the token itself, then the trailing trivia.
            var leading = token.LeadingTrivia;
            var trailing = token.TrailingTrivia;
            int total = leading.Count + 1 + trailing.Count;
            var leadingEnumerator = leading.GetEnumerator();
            var trailingEnumerator = trailing.GetEnumerator();
            for (int index = 0; index < total; index++)
            {
                SyntaxTrivia trivia = index < leading.Count
                    ? (leadingEnumerator.MoveNext() ? leadingEnumerator.Current : default)
                    : index == leading.Count ? default : (trailingEnumerator.MoveNext() ? trailingEnumerator.Current : default);
                if (trivia.Kind == SyntaxKind.None)
                {
                    if (token.Span.Length > 0)
                    {
                        atLineStart = false;
                    }

                    continue;
                }

                switch (trivia.Kind)
                {
                    case SyntaxKind.LineContinuationTrivia:
                        afterContinuation = true;
                        atLineStart = true;
                        lineStart = trivia.Span.End;
                        break;
                    case SyntaxKind.WhitespaceTrivia:
                        break;
                    case SyntaxKind.EndOfLineTrivia:
                        if (afterContinuation && atLineStart)
                        {
                            return new TextSpan(lineStart, 0);
                        }

                        atLineStart = true;
                        lineStart = trivia.Span.End;
                        break;
                    case SyntaxKind.CommentTrivia:
                        atLineStart = false;
                        break;
                    default:
                        atLineStart = false;
                        break;
                }
            }
        }

        return null;
    }
}
