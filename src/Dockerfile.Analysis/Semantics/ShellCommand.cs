using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// One simple command of a shell script: optional <c>NAME=value</c> prefixes, the command name and its
/// arguments, with the operator that links it to the previous command.
/// </summary>
public sealed class ShellCommand
{
    private readonly ShellWord[] _words;
    private readonly int _nameIndex;

    // Views over the words and the positional arguments, made on first use: many commands are only looked at by name.
    private IReadOnlyList<string>? _environmentAssignments;
    private IReadOnlyList<string>? _arguments;
    private Positionals? _positionals;

    internal ShellCommand(ShellWord[] words, ShellOperator precedingOperator)
    {
        _words = words;
        PrecedingOperator = precedingOperator;

        int index = 0;
        while (index < words.Length && IsAssignment(words[index].Text))
        {
            index++;
        }

        _nameIndex = index;
        Name = index < words.Length ? words[index].Value : string.Empty;
        if (words.Length > 0)
        {
            Start = words[0].Start;
            ShellWord last = words[words.Length - 1];
            Length = last.Start + last.Length - Start;
        }
    }

    /// <summary>
    /// Gets the command name: the first word after the environment assignments, as written (quotes removed);
    /// <c>sudo</c>, <c>env</c> and similar wrappers are not resolved. Empty for an assignment-only command.
    /// </summary>
    public string Name { get; }

    /// <summary>Gets the values of the words after <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Arguments => _arguments ?? Publish(ref _arguments, ValuesFrom(_nameIndex + 1));

    /// <summary>Gets every word of the command, assignments and name included.</summary>
    public IReadOnlyList<ShellWord> Words => _words;

    /// <summary>Gets the leading <c>NAME=value</c> words (quotes removed).</summary>
    public IReadOnlyList<string> EnvironmentAssignments =>
        _environmentAssignments ?? Publish(ref _environmentAssignments, _nameIndex == 0 ? Array.Empty<string>() : new ShellWordValues(_words, 0, _nameIndex));

    /// <summary>
    /// Gets the first argument that is not a flag (for example <c>install</c> in <c>apt-get -q install curl</c>),
    /// or <see langword="null"/>.
    /// </summary>
    public string? Subcommand => GetPositionals().Subcommand;

    /// <summary>
    /// Gets the arguments after <see cref="Subcommand"/> that are not flags, plus everything after <c>--</c>.
    /// Option values given as a separate word (<c>-o value</c>) are included, since option arity is unknown.
    /// </summary>
    public IReadOnlyList<string> PositionalArguments => GetPositionals().Arguments;

    /// <summary>Gets the offset of the command's first word in the script text.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the text from the first to the last word of the command.</summary>
    public int Length { get; }

    /// <summary>Gets the operator that separates this command from the previous one.</summary>
    public ShellOperator PrecedingOperator { get; }

    /// <summary>Gets the number of leading <c>NAME=value</c> words: the index of the name word.</summary>
    internal int NameIndex => _nameIndex;

    /// <summary>Gets the values of the words from <paramref name="index"/> on, as a list that shares the words.</summary>
    internal IReadOnlyList<string> ValuesFrom(int index) =>
        index >= _words.Length ? Array.Empty<string>() : new ShellWordValues(_words, index, _words.Length - index);

    private Positionals GetPositionals()
    {
        if (_positionals is { } known)
        {
            return known;
        }

        string? subcommand = null;
        var positional = new List<string>();
        bool optionsEnded = false;
        var arguments = Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            if (!optionsEnded && argument == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (!optionsEnded && IsFlag(argument))
            {
                continue;
            }

            if (subcommand is null)
            {
                subcommand = argument;
            }
            else
            {
                positional.Add(argument);
            }
        }

        return Publish(ref _positionals, new Positionals(subcommand, positional));
    }

    // A command may be shared by threads: a value is published with a full fence, and the first one stored wins.
    private static T Publish<T>(ref T? field, T value)
        where T : class =>
        System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;

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

    /// <summary>The subcommand and positional arguments, computed together on first use.</summary>
    private sealed class Positionals
    {
        public Positionals(string? subcommand, List<string> arguments)
        {
            Subcommand = subcommand;
            Arguments = arguments;
        }

        public string? Subcommand { get; }

        public IReadOnlyList<string> Arguments { get; }
    }
}
