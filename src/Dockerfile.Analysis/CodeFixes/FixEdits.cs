using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Helpers that compute fixes as text edits on the tree: the file's line ending, the instruction a diagnostic
/// is on, and the source position of shell words (through <see cref="ParsedRun"/>, so continuations and CRLF
/// are respected).
/// </summary>
internal static class FixEdits
{
    /// <summary>The line ending the file uses: the text of its first non-empty end-of-line token or trivia, else LF.</summary>
    public static string LineEnding(DockerfileSyntaxTree tree) => FixTreeFacts.For(tree).LineEnding;

    /// <summary>The innermost instruction of a given type that contains the diagnostic's start.</summary>
    public static T? FindInstruction<T>(DockerfileSyntaxTree tree, Diagnostic diagnostic)
        where T : InstructionSyntax
    {
        var span = diagnostic.Location.SourceSpan;
        if (span.Start < 0 || span.End > tree.Length)
        {
            return null;
        }

        var token = tree.GetRoot().FindToken(span.Start);
        return token.Parent?.AncestorsAndSelf().OfType<T>().FirstOrDefault();
    }

    /// <summary>
    /// The parsed script of a shell-form RUN without heredocs, or null when its words cannot be edited in place
    /// (also when the script leaves a quote or substitution open: see <see cref="ClosesEverything"/>).
    /// </summary>
    public static ParsedRun? EditableRun(DockerfileSyntaxTree tree, RunInstructionSyntax run)
    {
        if (run.Command is not ShellFormSyntax || run.Heredocs.Any() || run.ContainsDiagnostics)
        {
            return null;
        }

        var parsed = ParsedRun.Get(FixTreeFacts.For(tree).Model, run);
        return parsed != null && ClosesEverything(parsed.Script.Text) ? parsed : null;
    }

    /// <summary>
    /// Whether a script closes every quote, backquote, parenthesis and <c>${</c> it opens. Text a fix adds after an
    /// unclosed one lands inside it (found by the fixall fuzz target: DF2140 joined <c>RUN s"</c> and
    /// <c>RUN "|f</c> into a pipe, DF2101 appended its <c>rm</c> inside an open quote, every round).
    /// </summary>
    public static bool ClosesEverything(string script)
    {
        char quote = '\0';
        int depth = 0;
        int braces = 0;
        for (int i = 0; i < script.Length; i++)
        {
            char c = script[i];
            if (quote == '\'')
            {
                quote = c == '\'' ? '\0' : quote;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '$' && i + 1 < script.Length && script[i + 1] == '{')
            {
                braces++;
                i++;
            }
            else if (c == '}' && braces > 0)
            {
                braces--;
            }
            else if (quote == '"')
            {
                quote = c == '"' ? '\0' : quote;
            }
            else if (quote == '`')
            {
                quote = c == '`' ? '\0' : quote;
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth < 0)
            {
                return false;
            }
        }

        return quote == '\0' && depth == 0 && braces == 0;
    }

    /// <summary>Creates a fix from edits.</summary>
    public static CodeFix Create(string title, string equivalenceKey, params TextChange[] changes) =>
        new(title, equivalenceKey, ImmutableArray.Create(changes));

    /// <summary>
    /// Finds the command of a RUN that a diagnostic points at: the one whose name starts where the diagnostic starts
    /// and that satisfies the predicate.
    /// </summary>
    public static ShellCommand? CommandAt(ParsedRun run, Diagnostic diagnostic, Func<ShellCommand, bool> predicate) =>
        run.Commands.FirstOrDefault(c => predicate(c) && run.MapName(c).Start == diagnostic.Location.SourceSpan.Start);

    /// <summary>Whether a position in the text is right after a complete word: the next character ends the word.</summary>
    public static bool EndsWord(SourceText text, int position, char escape)
    {
        if (position >= text.Length)
        {
            return true;
        }

        char next = text[position];
        return next is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or ')' || next == escape;
    }

    /// <summary>JSON string literal for a value (quotes, backslashes and control characters escaped).</summary>
    public static string JsonString(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
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

    /// <summary>
    /// Whether a RUN after the given one (anywhere in the file, ONBUILD included) may rely on state that the fix
    /// would remove: it runs a tool (a command whose name contains <paramref name="toolName"/>, so wrappers such as
    /// <c>xx-apt-get</c> count) before refreshing that state itself, hides the tool in a quoted string, or runs a
    /// script file whose contents we cannot see. Each RUN is judged once per tree and tool; a query is a binary
    /// search, so asking for every RUN of a large file stays linear.
    /// </summary>
    /// <remarks>A tool name must always come with the same two predicates: the answers are kept per tree and tool name.</remarks>
    public static bool LaterRunMayNeed(DockerfileSyntaxTree tree, RunInstructionSyntax node, string toolName, Func<ShellCommand, bool> refreshes, Func<ShellCommand, bool> independent)
    {
        var needs = FixTreeFacts.For(tree).GetOrAdd("later-run-may-need:" + toolName, facts => RunsThatMayNeed(facts, toolName, refreshes, independent));
        int position = node.Span.Start;

        // The first RUN that starts after the node; Needs[i] says whether that RUN or any later one may need the tool.
        int lo = 0;
        int hi = needs.Starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (needs.Starts[mid] <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < needs.Starts.Length && needs.Needs[lo];
    }

    private static LaterRunNeeds RunsThatMayNeed(FixTreeFacts facts, string toolName, Func<ShellCommand, bool> refreshes, Func<ShellCommand, bool> independent)
    {
        var runs = new List<(int Start, bool Needs)>();
        foreach (var later in facts.AllRuns())
        {
            runs.Add((later.Run.Span.Start, MayNeed(later, toolName, refreshes, independent)));
        }

        runs.Sort((a, b) => a.Start.CompareTo(b.Start));
        var starts = new int[runs.Count];
        var needs = new bool[runs.Count];
        bool any = false;
        for (int i = runs.Count - 1; i >= 0; i--)
        {
            any |= runs[i].Needs;
            starts[i] = runs[i].Start;
            needs[i] = any;
        }

        return new LaterRunNeeds(starts, needs);
    }

    private static bool MayNeed(ParsedRun later, string toolName, Func<ShellCommand, bool> refreshes, Func<ShellCommand, bool> independent)
    {
        string script = later.Script.Text;
        if (script.Contains(".sh", StringComparison.Ordinal))
        {
            return true;
        }

        bool seen = false;
        foreach (var command in later.Commands)
        {
            if (!command.Name.Contains(toolName, StringComparison.Ordinal))
            {
                continue;
            }

            seen = true;
            if (refreshes(command))
            {
                break;
            }

            if (!independent(command))
            {
                return true;
            }
        }

        return !seen && script.Contains(toolName, StringComparison.Ordinal) && later.Commands.Any(c => c.Arguments.Any(a => a.Contains(toolName + " ", StringComparison.Ordinal) || a.Contains(toolName + "-", StringComparison.Ordinal)));
    }

    // The RUNs of a file by start position, and for each whether it or a later one may need a tool.
    private sealed class LaterRunNeeds
    {
        public LaterRunNeeds(int[] starts, bool[] needs)
        {
            Starts = starts;
            Needs = needs;
        }

        public int[] Starts { get; }

        public bool[] Needs { get; }
    }
}
