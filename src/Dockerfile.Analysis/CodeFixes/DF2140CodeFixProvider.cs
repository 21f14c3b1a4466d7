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

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF2140: joins the consecutive RUNs the diagnostic reports into the first one, each later command on a new
/// continuation line: <c>RUN a</c> + <c>RUN b</c> becomes <c>RUN a \</c>, newline, <c>    &amp;&amp; b</c> (or
/// <c>RUN a &amp;&amp; \</c>, newline, <c>    b</c> when the RUNs already put the operator at the end of the line), in
/// the file's line ending and escape character. The second RUN's keyword and flags (the same as the first's, or the
/// rule would not report) are dropped. Running the scripts as one <c>a &amp;&amp; b</c> stops at the first failure
/// as the separate RUNs did, and the files left at the end are the same; only the layering changes.
/// Offered only when every RUN is a shell-form plain chain (commands joined by <c>&amp;&amp;</c> or pipes; no
/// <c>;</c>, <c>||</c>, <c>&amp;</c>, newline, shell comment, heredoc or syntax error), no command changes the state
/// of the shell that a later command would now inherit (<c>cd</c>, <c>export</c>, <c>set</c>, <c>umask</c>, <c>source</c>,
/// <c>exec</c>, <c>exit</c>, a bare <c>NAME=value</c>, ...), the file has no SHELL instruction (the shell may not know
/// <c>&amp;&amp;</c>), and only blank lines separate the RUNs: a comment between them is not moved, the fix is not offered.
/// </summary>
public sealed class DF2140CodeFixProvider : CodeFixProvider
{
    private const string DefaultIndentation = "    ";

    private static readonly HashSet<string> StatefulCommands = new(StringComparer.Ordinal)
    {
        "cd", "pushd", "popd", "export", "set", "unset", "umask", "source", ".", "alias", "unalias", "ulimit", "trap",
        "shopt", "exec", "exit", "return", "eval", "read", "shift", "local", "declare", "typeset", "readonly", "hash",
        "enable", "builtin", "wait", "break", "continue", "!", "function", "setopt",
    };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF2140ConsecutiveRunsCouldBeOneLayer.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var fix = TryCreate(tree, diagnostic);
        return fix == null ? Array.Empty<CodeFix>() : new[] { fix };
    }

    private static CodeFix? TryCreate(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var facts = FixTreeFacts.For(tree);
        if (facts.HasShellInstruction)
        {
            return null;
        }

        var group = Group(facts, diagnostic.Location.SourceSpan);
        if (group == null || group.Count < 2)
        {
            return null;
        }

        var text = tree.GetText();
        var shells = new List<ShellFormSyntax>();
        foreach (var node in group)
        {
            if (FixEdits.EditableRun(tree, node) is not { } run || node.Command is not ShellFormSyntax shell || !IsPlainChain(run))
            {
                return null;
            }

            shells.Add(shell);
        }

        var (leading, indentation) = Layout(text, shells);
        string eol = FixEdits.LineEnding(tree);
        char escape = tree.EscapeCharacter;
        var changes = new List<TextChange>();
        for (int i = 0; i + 1 < shells.Count; i++)
        {
            int end = shells[i].Span.End;
            while (end > shells[i].Span.Start && text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            int next = shells[i + 1].Span.Start;
            var between = TextSpan.FromBounds(end, next);
            if (text.ToString(between).Split('\n').Skip(1).Any(line => line.TrimStart().StartsWith("#", StringComparison.Ordinal)))
            {
                return null;
            }

            string joiner = leading
                ? " " + escape + eol + indentation + "&& "
                : " && " + escape + eol + indentation;
            changes.Add(new TextChange(between, joiner));
        }

        return FixEdits.Create($"Join the {group.Count} RUN instructions into one", DF2140ConsecutiveRunsCouldBeOneLayer.DiagnosticId, changes.ToArray());
    }

    // The RUNs the rule reported together: the rule's group whose second RUN carries the diagnostic.
    private static List<RunInstructionSyntax>? Group(FixTreeFacts facts, TextSpan span)
    {
        var model = facts.Model;
        int at = facts.IndexOfKeywordAt(span.Start);
        if (at < 0 || facts.Instructions[at] is not RunInstructionSyntax second || second.Keyword.Span != span
            || model.GetStage(second) is null)
        {
            return null;
        }

        // Every stage's groups by their second RUN, computed once per tree (one diagnostic per group).
        var bySecond = facts.GetOrAdd("DF2140:groups", static f =>
        {
            var index = new Dictionary<RunInstructionSyntax, List<RunInstructionSyntax>>();
            foreach (var s in f.Model.Stages)
            {
                foreach (var g in DF2140ConsecutiveRunsCouldBeOneLayer.Groups(f.Model, s))
                {
                    index[g[1]] = g;
                }
            }

            return index;
        });
        return bySecond.TryGetValue(second, out var group) ? group : null;
    }

    // Commands joined by && or pipes only, nothing that a following "&& next" would bind to differently, no `<<`
    // (joined to the next line, a bare `<<` can become the start of a heredoc), and no
    // command whose effect on the shell (directory, variables, options) the next RUN's commands would now inherit.
    private static bool IsPlainChain(ParsedRun run)
    {
        string script = run.Script.Text;
        string trimmed = script.TrimEnd();
        if (run.Commands.Count == 0
            || script.IndexOfAny(new[] { ';', '#', '\n', '\r' }) >= 0
            || script.Replace("&&", string.Empty).IndexOf('&') >= 0
            || script.IndexOf("||", StringComparison.Ordinal) >= 0
            || script.IndexOf("<<", StringComparison.Ordinal) >= 0
            || trimmed.EndsWith("&&", StringComparison.Ordinal)
            || trimmed.EndsWith("|", StringComparison.Ordinal)
            || trimmed.EndsWith("\\", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var command in run.Commands)
        {
            if (command.PrecedingOperator is not (ShellOperator.None or ShellOperator.AndAnd or ShellOperator.Pipe)
                || command.Name.Length == 0
                || StatefulCommands.Contains(command.Name))
            {
                return false;
            }
        }

        return run.Commands[0].PrecedingOperator == ShellOperator.None;
    }

    // Leading "&& cmd" lines unless the RUNs already end their lines with "&& \"; the indentation of their
    // continuation lines, else four spaces.
    private static (bool Leading, string Indentation) Layout(SourceText text, IReadOnlyList<ShellFormSyntax> shells)
    {
        foreach (var shell in shells)
        {
            int firstLine = text.Lines.GetLineFromPosition(shell.Span.Start).LineNumber;
            int lastLine = text.Lines.GetLineFromPosition(shell.Span.End).LineNumber;
            for (int line = firstLine + 1; line <= lastLine; line++)
            {
                string content = text.ToString(text.Lines[line].Span);
                string indentation = new(content.TakeWhile(c => c is ' ' or '\t').ToArray());
                if (content.TrimStart().Length == 0)
                {
                    continue;
                }

                bool leading = content.TrimStart().StartsWith("&&", StringComparison.Ordinal);
                return (leading, indentation.Length == 0 ? DefaultIndentation : indentation);
            }
        }

        return (true, DefaultIndentation);
    }
}
