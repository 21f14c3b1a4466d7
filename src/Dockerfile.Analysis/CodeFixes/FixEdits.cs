using System;
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
    public static string LineEnding(DockerfileSyntaxTree tree)
    {
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.Kind == SyntaxKind.EndOfLineToken && token.Text.Length > 0)
            {
                return token.Text;
            }
        }

        return "\n";
    }

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

        var parsed = ParsedRun.Get(new DockerfileSemanticModel(tree), run);
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
    /// script file whose contents we cannot see.
    /// </summary>
    public static bool LaterRunMayNeed(DockerfileSyntaxTree tree, RunInstructionSyntax node, string toolName, Func<ShellCommand, bool> refreshes, Func<ShellCommand, bool> independent)
    {
        var model = new DockerfileSemanticModel(tree);
        foreach (var stage in model.Stages)
        {
            foreach (var later in ParsedRun.InStage(model, stage))
            {
                if (later.Run.Span.Start <= node.Span.Start)
                {
                    continue;
                }

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

                if (!seen && script.Contains(toolName, StringComparison.Ordinal) && later.Commands.Any(c => c.Arguments.Any(a => a.Contains(toolName + " ", StringComparison.Ordinal) || a.Contains(toolName + "-", StringComparison.Ordinal))))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
