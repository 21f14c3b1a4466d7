using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// A light model of a shell-form <c>RUN</c> script: the flat list of simple commands it contains, good
/// enough for lint rules such as "apt-get install without -y". Control structures (<c>if</c>, <c>for</c>,
/// <c>while</c>, <c>case</c>, subshells and brace groups) are flattened: their keywords are skipped and the
/// commands inside are listed in order. Nothing is executed or expanded.
/// </summary>
public sealed class ShellScript
{
    // Keywords at the start of a command (compared with a switch: cheaper than hashing every first word).
    private static bool IsPrefixKeyword(string text) =>
        text is "if" or "then" or "else" or "elif" or "do" or "while" or "until" or "!" or "{" or "time";

    // Keywords that close a construct, and those whose header words are not a command.
    private static bool IsClosingOrHeaderKeyword(string text) =>
        text is "fi" or "done" or "esac" or "}" or "for" or "case" or "select" or "function";

    private ShellScript(string text, List<ShellCommand> commands)
    {
        Text = text;
        Commands = new ShellCommandList(commands);
    }

    /// <summary>Gets the script text the offsets refer to.</summary>
    public string Text { get; }

    /// <summary>Gets the simple commands of the script, in source order.</summary>
    public ShellCommandList Commands { get; }

    /// <summary>Parses a script. Never throws: malformed input yields a best-effort model.</summary>
    /// <param name="script">The script text; <see langword="null"/> is treated as empty.</param>
    /// <returns>The parsed script.</returns>
    public static ShellScript Parse(string script)
    {
        string text = script ?? string.Empty;
        var tokenizer = new ShellScriptTokenizer(text);
        var commands = new List<ShellCommand>();
        var current = new List<ShellWord>();
        ShellOperator pending = ShellOperator.None;
        ShellOperator currentOperator = ShellOperator.None;
        bool skipToOperator = false;
        bool functionDefinition = false;
        bool expectHeredocDelimiter = false;
        bool stripHeredocTabs = false;
        int depth = 0;

        void Flush()
        {
            if (current.Count > 0)
            {
                commands.Add(new ShellCommand(current.ToArray(), currentOperator));
                current.Clear();
            }
        }

        while (true)
        {
            ShellToken token = tokenizer.Next();
            switch (token.Kind)
            {
                case ShellTokenKind.End:
                    Flush();
                    return new ShellScript(text, commands);

                case ShellTokenKind.Operator:
                    Flush();
                    pending = token.Operator;
                    skipToOperator = false;
                    functionDefinition = false;
                    break;

                case ShellTokenKind.OpenParen:
                    if (current.Count > 0)
                    {
                        // name() { ...; } : the name is not a command.
                        current.Clear();
                        functionDefinition = true;
                    }
                    else
                    {
                        depth++;
                    }

                    skipToOperator = false;
                    break;

                case ShellTokenKind.CloseParen:
                    if (functionDefinition)
                    {
                        functionDefinition = false;
                    }
                    else if (depth > 0)
                    {
                        // End of a subshell; words after ")" are redirections of the group.
                        Flush();
                        depth--;
                        skipToOperator = true;
                    }
                    else
                    {
                        // A case pattern such as "amd64)": not a command.
                        current.Clear();
                        skipToOperator = false;
                    }

                    break;

                case ShellTokenKind.Word:
                    ShellWord word = token.Word;
                    if (expectHeredocDelimiter)
                    {
                        tokenizer.AddHeredoc(word.Value, stripHeredocTabs);
                        expectHeredocDelimiter = false;
                    }
                    else if (word.Text.StartsWith("<<", StringComparison.Ordinal) && !word.Text.StartsWith("<<<", StringComparison.Ordinal))
                    {
                        string rest = word.Value.Length >= 2 ? word.Value.Substring(2) : string.Empty;
                        stripHeredocTabs = rest.StartsWith("-", StringComparison.Ordinal);
                        if (stripHeredocTabs)
                        {
                            rest = rest.Substring(1);
                        }

                        if (rest.Length == 0)
                        {
                            expectHeredocDelimiter = true;
                        }
                        else
                        {
                            tokenizer.AddHeredoc(rest, stripHeredocTabs);
                        }
                    }

                    if (skipToOperator)
                    {
                        break;
                    }

                    if (current.Count == 0)
                    {
                        if (IsPrefixKeyword(word.Text))
                        {
                            break;
                        }

                        if (IsClosingOrHeaderKeyword(word.Text))
                        {
                            skipToOperator = true;
                            break;
                        }

                        currentOperator = pending;
                    }

                    current.Add(word);
                    break;
            }
        }
    }
}
