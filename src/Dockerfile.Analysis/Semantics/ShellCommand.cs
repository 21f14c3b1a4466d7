using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// One simple command of a shell script: optional <c>NAME=value</c> prefixes, the command name and its
/// arguments, with the operator that links it to the previous command.
/// </summary>
public sealed class ShellCommand
{
    internal ShellCommand(IReadOnlyList<ShellWord> words, ShellOperator precedingOperator)
    {
        Words = words;
        PrecedingOperator = precedingOperator;

        int index = 0;
        var assignments = new List<string>();
        while (index < words.Count && IsAssignment(words[index].Text))
        {
            assignments.Add(words[index].Value);
            index++;
        }

        EnvironmentAssignments = assignments;
        Name = index < words.Count ? words[index].Value : string.Empty;

        var arguments = new List<string>();
        for (int i = index + 1; i < words.Count; i++)
        {
            arguments.Add(words[i].Value);
        }

        Arguments = arguments;

        var positional = new List<string>();
        bool optionsEnded = false;
        foreach (string argument in arguments)
        {
            if (!optionsEnded && argument == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (!optionsEnded && IsFlag(argument))
            {
                continue;
            }

            if (Subcommand is null)
            {
                Subcommand = argument;
            }
            else
            {
                positional.Add(argument);
            }
        }

        PositionalArguments = positional;
        if (words.Count > 0)
        {
            Start = words[0].Start;
            ShellWord last = words[words.Count - 1];
            Length = last.Start + last.Length - Start;
        }
    }

    /// <summary>
    /// Gets the command name: the first word after the environment assignments, as written (quotes removed);
    /// <c>sudo</c>, <c>env</c> and similar wrappers are not resolved. Empty for an assignment-only command.
    /// </summary>
    public string Name { get; }

    /// <summary>Gets the values of the words after <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Gets every word of the command, assignments and name included.</summary>
    public IReadOnlyList<ShellWord> Words { get; }

    /// <summary>Gets the leading <c>NAME=value</c> words (quotes removed).</summary>
    public IReadOnlyList<string> EnvironmentAssignments { get; }

    /// <summary>
    /// Gets the first argument that is not a flag (for example <c>install</c> in <c>apt-get -q install curl</c>),
    /// or <see langword="null"/>.
    /// </summary>
    public string? Subcommand { get; }

    /// <summary>
    /// Gets the arguments after <see cref="Subcommand"/> that are not flags, plus everything after <c>--</c>.
    /// Option values given as a separate word (<c>-o value</c>) are included, since option arity is unknown.
    /// </summary>
    public IReadOnlyList<string> PositionalArguments { get; }

    /// <summary>Gets the offset of the command's first word in the script text.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the text from the first to the last word of the command.</summary>
    public int Length { get; }

    /// <summary>Gets the operator that separates this command from the previous one.</summary>
    public ShellOperator PrecedingOperator { get; }

    /// <summary>
    /// Determines whether a flag is present. <paramref name="longOrShort"/> is a short flag such as
    /// <c>-y</c> (also found inside combined flags like <c>-qy</c>) or a long flag such as <c>--yes</c>
    /// (also matching <c>--yes=value</c>). A bare name is treated as short when it is one character long,
    /// long otherwise. Arguments after <c>--</c> are not flags.
    /// </summary>
    /// <param name="longOrShort">The flag to look for.</param>
    /// <returns><see langword="true"/> when the flag is present.</returns>
    public bool HasFlag(string longOrShort)
    {
        // Same as comparing with the normalized flag ("--" or "-" + name), without building it for every call.
        if (!TryNormalizeFlag(longOrShort, out string prefix, out string name, out bool isLong))
        {
            return false;
        }

        int flagLength = prefix.Length + name.Length;
        var arguments = Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            if (argument == "--")
            {
                break;
            }

            if (isLong)
            {
                if (argument.Length >= flagLength && IsFlagPrefix(argument, prefix, name)
                    && (argument.Length == flagLength || argument[flagLength] == '='))
                {
                    return true;
                }
            }
            else if (IsShortFlagGroup(argument) && argument.IndexOf(prefix.Length > 1 ? prefix[1] : name[1 - prefix.Length], 1) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFlagPrefix(string argument, string prefix, string name) =>
        string.CompareOrdinal(argument, 0, prefix, 0, prefix.Length) == 0
        && string.CompareOrdinal(argument, prefix.Length, name, 0, name.Length) == 0;

    private static bool TryNormalizeFlag(string? text, out string prefix, out string name, out bool isLong)
    {
        prefix = string.Empty;
        name = string.Empty;
        isLong = false;
        if (string.IsNullOrEmpty(text) || text == "-" || text == "--")
        {
            return false;
        }

        string value = text!;
        if (value.StartsWith("--", StringComparison.Ordinal))
        {
            name = value;
            isLong = true;
        }
        else if (value[0] == '-')
        {
            name = value;
            isLong = value.Length > 2;
        }
        else
        {
            isLong = value.Length > 1;
            prefix = isLong ? "--" : "-";
            name = value;
        }

        return true;
    }

    /// <summary>
    /// Gets the value of an option: <c>--name=value</c>, <c>--name value</c>, <c>-n value</c> or <c>-nvalue</c>.
    /// </summary>
    /// <param name="name">The option, written as for <see cref="HasFlag"/>.</param>
    /// <returns>The value, an empty string for <c>--name=</c>, or <see langword="null"/> when absent or valueless.</returns>
    public string? GetOptionValue(string name)
    {
        if (!TryNormalizeFlag(name, out string flag, out bool isLong))
        {
            return null;
        }

        for (int i = 0; i < Arguments.Count; i++)
        {
            string argument = Arguments[i];
            if (argument == "--")
            {
                break;
            }

            if (argument == flag)
            {
                return i + 1 < Arguments.Count ? Arguments[i + 1] : null;
            }

            if (isLong && argument.StartsWith(flag + "=", StringComparison.Ordinal))
            {
                return argument.Substring(flag.Length + 1);
            }

            if (!isLong && argument.Length > 2 && argument.StartsWith(flag, StringComparison.Ordinal) && argument[1] != '-')
            {
                return argument.Substring(2);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new string[Words.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Words[i].Text;
        }

        return string.Join(" ", parts);
    }

    private static bool TryNormalizeFlag(string? text, out string flag, out bool isLong)
    {
        flag = string.Empty;
        isLong = false;
        if (string.IsNullOrEmpty(text) || text == "-" || text == "--")
        {
            return false;
        }

        string value = text!;
        if (value.StartsWith("--", StringComparison.Ordinal))
        {
            flag = value;
            isLong = true;
        }
        else if (value[0] == '-')
        {
            flag = value;
            isLong = value.Length > 2;
        }
        else
        {
            isLong = value.Length > 1;
            flag = (isLong ? "--" : "-") + value;
        }

        return true;
    }

    private static bool IsFlag(string argument) => argument.Length > 1 && argument[0] == '-';

    private static bool IsShortFlagGroup(string argument)
    {
        if (argument.Length < 2 || argument[0] != '-' || argument[1] == '-')
        {
            return false;
        }

        for (int i = 1; i < argument.Length; i++)
        {
            if (!char.IsLetterOrDigit(argument[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAssignment(string text)
    {
        if (text.Length < 2 || !(char.IsLetter(text[0]) || text[0] == '_') || text[0] > 0x7F)
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '=' || (c == '+' && i + 1 < text.Length && text[i + 1] == '='))
            {
                return true;
            }

            if (!(c < 0x80 && (char.IsLetterOrDigit(c) || c == '_')))
            {
                return false;
            }
        }

        return false;
    }
}
