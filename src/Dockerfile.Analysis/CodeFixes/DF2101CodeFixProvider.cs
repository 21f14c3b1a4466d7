using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF2101: ends the RUN that runs <c>apt-get update</c> and installs with <c>&amp;&amp; rm -rf /var/lib/apt/lists/*</c>,
/// on a new continuation line laid out like the previous ones (or on the same line for a one-line RUN).
/// Offered only when the RUN is a plain <c>&amp;&amp;</c> chain (no <c>;</c>, <c>||</c>, pipes, groups, subshells, comments),
/// it installs after the update, and no later RUN of the file uses apt (or a wrapper such as <c>xx-apt-get</c>) before
/// its own update, hides apt in a string, or runs a script: those would need the lists.
/// </summary>
public sealed class DF2101CodeFixProvider : CodeFixProvider
{
    private const string Cleanup = "rm -rf /var/lib/apt/lists/*";
    private static readonly string[] AptTools = { "apt-get", "apt", "aptitude", "apt-cache" };
    private static readonly string[] InstallSubcommands = { "install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "reinstall" };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF2101AptListsNotRemoved.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var fix = TryCreate(tree, diagnostic);
        return fix == null ? Array.Empty<CodeFix>() : new[] { fix };
    }

    private static CodeFix? TryCreate(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (FixEdits.FindInstruction<RunInstructionSyntax>(tree, diagnostic) is not { } node || FixEdits.EditableRun(tree, node) is not { } run
            || node.Command is not ShellFormSyntax shell || run.Commands.Count == 0)
        {
            return null;
        }

        // A plain && chain: every command after the first follows &&, and nothing in the script hides structure.
        string script = run.Script.Text;
        if (script.IndexOfAny(new[] { ';', '|', '(', ')', '{', '}', '#', '`', '\n', '<', '>' }) >= 0
            || run.Commands[0].PrecedingOperator != ShellOperator.None
            || run.Commands.Skip(1).Any(c => c.PrecedingOperator != ShellOperator.AndAnd)
            || script.TrimEnd().EndsWith("&", StringComparison.Ordinal)
            || script.TrimEnd().EndsWith("\\", StringComparison.Ordinal))
        {
            return null;
        }

        int update = -1;
        bool installs = false;
        for (int i = 0; i < run.Commands.Count; i++)
        {
            var command = run.Commands[i];
            if (update < 0 && IsApt(command) && command.Subcommand == "update")
            {
                update = i;
            }
            else if (update >= 0 && IsApt(command) && InstallSubcommands.Contains(command.Subcommand))
            {
                installs = true;
            }
        }

        if (update < 0 || !installs || FixEdits.LaterRunMayNeed(tree, node, "apt", c => c.Subcommand == "update", _ => false))
        {
            return null;
        }

        var segments = shell.Segments.ToList();
        var last = segments[segments.Count - 1];
        var text = tree.GetText();
        int end = last.Span.End;
        while (end > last.Span.Start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        // Lay the new command out like the others: on a new continuation line, with the indentation and the
        // operator position (leading "&& cmd" or trailing "cmd && \") the RUN already uses.
        var firstLine = text.Lines.GetLineFromPosition(segments[0].Span.Start).LineNumber;
        var continuationLines = segments
            .Select(t => text.Lines.GetLineFromPosition(t.Span.Start))
            .Where(l => l.LineNumber != firstLine)
            .ToList();
        string insertion;
        if (continuationLines.Count == 0)
        {
            insertion = " && " + Cleanup;
        }
        else
        {
            var operatorLines = continuationLines.Where(l => text.ToString(l.Span).TrimStart().StartsWith("&&", StringComparison.Ordinal)).ToList();
            string indentation;
            if (operatorLines.Count > 0)
            {
                indentation = Indentation(text, operatorLines[operatorLines.Count - 1]);
            }
            else
            {
                var commandLine = text.Lines.GetLineFromPosition(run.MapName(run.Commands[run.Commands.Count - 1]).Start);
                indentation = Indentation(text, commandLine.LineNumber != firstLine ? commandLine : continuationLines[0]);
            }

            string gap = ContinuationGap(text, segments[segments.Count - 2], tree.EscapeCharacter);
            string continuation = gap + tree.EscapeCharacter + FixEdits.LineEnding(tree);
            insertion = operatorLines.Count > 0
                ? continuation + indentation + "&& " + Cleanup
                : " &&" + continuation + indentation + Cleanup;
        }

        return FixEdits.Create("Remove the apt lists at the end of the RUN", DF2101AptListsNotRemoved.DiagnosticId, new TextChange(new TextSpan(end, 0), insertion));
    }

    private static string Indentation(SourceText text, TextLine line) =>
        new(text.ToString(line.Span).TakeWhile(c => c is ' ' or '\t').ToArray());

    private static bool IsApt(ShellCommand command) => AptTools.Contains(command.Name);

    // The blanks written before the continuation that follows a segment (" " in "apt-get update \").
    private static string ContinuationGap(SourceText text, SyntaxToken segment, char escape)
    {
        foreach (var trivia in segment.TrailingTrivia)
        {
            if (trivia.Kind == SyntaxKind.LineContinuationTrivia)
            {
                int position = trivia.Span.Start;
                int start = position;
                while (start > segment.Span.Start && text[start - 1] is ' ' or '\t')
                {
                    start--;
                }

                return start < position ? text.ToString(TextSpan.FromBounds(start, position)) : " ";
            }
        }

        string raw = segment.Text.TrimEnd();
        if (raw.Length > 0 && raw[raw.Length - 1] == escape)
        {
            raw = raw.Substring(0, raw.Length - 1);
        }

        int blanks = raw.Length - raw.TrimEnd(' ', '\t').Length;
        return blanks > 0 ? raw.Substring(raw.Length - blanks) : " ";
    }
}
