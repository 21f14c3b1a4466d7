using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>
/// hadolint's view of a command's arguments: every word after the name, the flags found in them
/// (<c>-abc</c> is <c>a</c>, <c>b</c>, <c>c</c>; <c>--name=v</c> is <c>name</c>), and the non-flag
/// arguments once the values of given options are dropped.
/// </summary>
internal static class CommandArgs
{
    /// <summary>Whether the command is <paramref name="name"/> and one of its arguments is one of <paramref name="args"/>.</summary>
    public static bool Is(ShellCommand command, string name, params ReadOnlySpan<string> args)
    {
        if (command.Name != name)
        {
            return false;
        }

        if (args.Length == 0)
        {
            return true;
        }

        var arguments = command.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            if (Contains(args, arguments[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="values"/> holds <paramref name="value"/> (ordinal).</summary>
    internal static bool Contains(ReadOnlySpan<string> values, string? value)
    {
        foreach (string candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="FlagsOf"/> of <paramref name="argument"/> is not empty.</summary>
    private static bool IsFlagArgument(string argument) =>
        argument != "-" && argument != "--" && argument.StartsWith("-", StringComparison.Ordinal);

    /// <summary>Whether one of the flags of <paramref name="argument"/> (<see cref="FlagsOf"/>) is in <paramref name="flags"/>, without allocating.</summary>
    private static bool HasFlagOf(string argument, ReadOnlySpan<string> flags)
    {
        if (!IsFlagArgument(argument))
        {
            return false;
        }

        if (argument.StartsWith("--", StringComparison.Ordinal))
        {
            int equals = argument.IndexOf('=');
            var name = equals < 0 ? argument.AsSpan(2) : argument.AsSpan(2, equals - 2);
            foreach (string flag in flags)
            {
                if (flag != null && name.SequenceEqual(flag.AsSpan()))
                {
                    return true;
                }
            }

            return false;
        }

        for (int i = 1; i < argument.Length; i++)
        {
            foreach (string flag in flags)
            {
                if (flag != null && flag.Length == 1 && flag[0] == argument[i])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The flag names of one argument word, without dashes.</summary>
    public static IEnumerable<string> FlagsOf(string argument)
    {
        if (argument == "-" || argument == "--" || !argument.StartsWith("-", StringComparison.Ordinal))
        {
            yield break;
        }

        if (argument.StartsWith("--", StringComparison.Ordinal))
        {
            int equals = argument.IndexOf('=');
            yield return equals < 0 ? argument.Substring(2) : argument.Substring(2, equals - 2);
            yield break;
        }

        foreach (char c in argument.Substring(1))
        {
            yield return c.ToString();
        }
    }

    /// <summary>Whether any argument carries one of the flags (names without dashes).</summary>
    public static bool HasAnyFlag(ShellCommand command, params ReadOnlySpan<string> flags)
    {
        var arguments = command.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            if (HasFlagOf(arguments[i], flags))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many times a flag occurs.</summary>
    public static int CountFlag(ShellCommand command, string flag) =>
        command.Arguments.SelectMany(FlagsOf).Count(f => f == flag);

    /// <summary>
    /// The indexes (into <see cref="ShellCommand.Arguments"/>) of the arguments that are not flags, leaving out
    /// the word after any of <paramref name="valueFlags"/> written without <c>=</c>.
    /// </summary>
    public static List<int> NonFlagIndexes(ShellCommand command, params ReadOnlySpan<string> valueFlags)
    {
        var args = command.Arguments;
        int dropped = -1;
        var result = new List<int>();
        for (int i = 0; i < args.Count; i++)
        {
            if (IsFlagArgument(args[i]))
            {
                if (args[i].IndexOf('=') < 0 && HasFlagOf(args[i], valueFlags))
                {
                    dropped = i + 1;
                }

                continue;
            }

            if (dropped != i)
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>The word of an argument index (the argument list starts after the name).</summary>
    public static ShellWord WordOf(ShellCommand command, int argumentIndex) =>
        command.Words[command.EnvironmentAssignments.Count + 1 + argumentIndex];

    /// <summary>
    /// The package arguments of <c>&lt;tool&gt; &lt;subcommand&gt; packages...</c>: the non-flag arguments after the
    /// first occurrence of the subcommand, with the values of <paramref name="valueFlags"/> dropped.
    /// </summary>
    public static List<int> PackagesAfter(ShellCommand command, string[] subcommands, params ReadOnlySpan<string> valueFlags)
    {
        var indexes = NonFlagIndexes(command, valueFlags);
        int at = indexes.FindIndex(i => Array.IndexOf(subcommands, command.Arguments[i]) >= 0);
        return at < 0 ? new List<int>() : indexes.Skip(at + 1).Where(i => Array.IndexOf(subcommands, command.Arguments[i]) < 0).ToList();
    }
}
