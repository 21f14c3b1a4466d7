using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>
/// Helpers of the layer-cache rules DF2002-DF2007 about RUN instructions: their shell script (ONBUILD RUN and
/// exec form included) and the mapping of script offsets back to source positions.
/// </summary>
internal static class RunCommandFacts
{
    /// <summary>Gets the RUN itself, or the RUN wrapped by an ONBUILD, or null.</summary>
    public static RunInstructionSyntax? AsRun(InstructionSyntax instruction) => instruction switch
    {
        RunInstructionSyntax run => run,
        OnbuildInstructionSyntax { Instruction: RunInstructionSyntax inner } => inner,
        _ => null,
    };

    /// <summary>
    /// Gets the script of a RUN: the model's script for a top-level shell-form RUN, a fresh parse for an
    /// ONBUILD RUN, and the exec-form values as one command. Null for heredocs and empty RUNs.
    /// </summary>
    public static ShellScript? GetScript(DockerfileSemanticModel model, RunInstructionSyntax run)
    {
        if (run.Heredocs.Any())
        {
            return null;
        }

        switch (run.Command)
        {
            case ShellFormSyntax shell:
                return model.GetOrParseShellScript(run, shell);
            case ExecFormSyntax:
                return model.GetOrAddDerived(run, DerivedSlots.RunCommandFactsExecScript, static (_, r) =>
                {
                    var values = ((ExecFormSyntax)r.Command!).Values;
                    return values.Count == 0 ? null : ShellScript.Parse(string.Join(" ", values.Select(Quote)));
                });
            default:
                return null;
        }
    }

    /// <summary>Maps a span of the script text to a span of the source (the whole exec form for exec-form RUNs).</summary>
    public static TextSpan MapSpan(RunInstructionSyntax run, int start, int length)
    {
        if (run.Command is not ShellFormSyntax shell)
        {
            return run.Command?.Span ?? run.Keyword.Span;
        }

        return ShellFormMap.Map(shell, start, length) ?? new TextSpan(shell.Span.Start, 0);
    }

    /// <summary>Maps the span of a command's name (or its first word) to the source.</summary>
    public static TextSpan MapWord(RunInstructionSyntax run, ShellWord word) => MapSpan(run, word.Start, word.Length);

    /// <summary>Maps the span of a whole command to the source.</summary>
    public static TextSpan MapCommand(RunInstructionSyntax run, ShellCommand command) => MapSpan(run, command.Start, command.Length);

    /// <summary>Gets the word that holds a command's name (after leading assignments).</summary>
    public static ShellWord NameWord(ShellCommand command)
    {
        int index = command.EnvironmentAssignments.Count;
        return index < command.Words.Count ? command.Words[index] : command.Words[0];
    }

    /// <summary>
    /// Gets the command that does the work when a command is wrapped by <c>sudo</c>, <c>env</c>, <c>nice</c> and the
    /// like: the wrapped program's name and its arguments; otherwise the command's own.
    /// </summary>
    public static (string Name, IReadOnlyList<string> Arguments, int NameIndex) Unwrap(ShellCommand command)
    {
        int index = command.NameIndex;
        var words = command.Words;
        while (index < words.Count && words[index].Value is "sudo" or "env" or "nice" or "nohup" or "exec" or "command" or "time")
        {
            index++;
            while (index < words.Count && (words[index].Value.StartsWith("-", StringComparison.Ordinal) || words[index].Value.Contains('=')))
            {
                index++;
            }
        }

        if (index >= words.Count)
        {
            return (command.Name, command.Arguments, command.NameIndex);
        }

        // Without a wrapper, the arguments are the command's own (made once per command).
        return (BaseName(words[index].Value), index == command.NameIndex ? command.Arguments : command.ValuesFrom(index + 1), index);
    }

    /// <summary>The positional (non-flag) arguments, skipping the values of flags that are known to take one.</summary>
    public static List<string> Positionals(IReadOnlyList<string> arguments, params ReadOnlySpan<string> flagsWithValue)
    {
        var result = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            string a = arguments[i];
            if (a.StartsWith("-", StringComparison.Ordinal))
            {
                if (CommandArgs.Contains(flagsWithValue, a) && i + 1 < arguments.Count)
                {
                    i++;
                }

                continue;
            }

            result.Add(a);
        }

        return result;
    }

    /// <summary>The last path segment of a program name (<c>/usr/bin/apt-get</c> gives <c>apt-get</c>).</summary>
    public static string BaseName(string name)
    {
        int slash = name.LastIndexOf('/');
        return slash >= 0 && slash < name.Length - 1 ? name.Substring(slash + 1) : name;
    }

    /// <summary>Whether a command runs a script or a program whose effects are unknown (a file path, a shell, make, xargs).</summary>
    public static bool RunsUnknownScript(ShellCommand command)
    {
        string name = command.Name;
        return name.Contains('/') || name.EndsWith(".sh", StringComparison.Ordinal)
            || name is "sh" or "bash" or "ash" or "dash" or "zsh" or "xargs" or "eval" or "." or "source" or "make";
    }


    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => !char.IsWhiteSpace(c) && c is not '\'' and not '"' and not '$' and not '`' and not '\\' and not ';' and not '&' and not '|')
            ? value
            : "'" + value.Replace("'", "'\\''") + "'";
}
