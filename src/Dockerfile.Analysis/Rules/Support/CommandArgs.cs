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
    public static bool Is(ShellCommand command, string name, params string[] args) =>
        command.Name == name && (args.Length == 0 || command.Arguments.Any(a => Array.IndexOf(args, a) >= 0));

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
    public static bool HasAnyFlag(ShellCommand command, params string[] flags) =>
        command.Arguments.SelectMany(FlagsOf).Any(f => Array.IndexOf(flags, f) >= 0);

    /// <summary>How many times a flag occurs.</summary>
    public static int CountFlag(ShellCommand command, string flag) =>
        command.Arguments.SelectMany(FlagsOf).Count(f => f == flag);

    /// <summary>
    /// The indexes (into <see cref="ShellCommand.Arguments"/>) of the arguments that are not flags, leaving out
    /// the word after any of <paramref name="valueFlags"/> written without <c>=</c>.
    /// </summary>
    public static List<int> NonFlagIndexes(ShellCommand command, params string[] valueFlags)
    {
        var args = command.Arguments;
        var dropped = new HashSet<int>();
        var result = new List<int>();
        for (int i = 0; i < args.Count; i++)
        {
            var flags = FlagsOf(args[i]).ToList();
            if (flags.Count > 0)
            {
                if (args[i].IndexOf('=') < 0 && flags.Any(f => Array.IndexOf(valueFlags, f) >= 0))
                {
                    dropped.Add(i + 1);
                }

                continue;
            }

            if (!dropped.Contains(i))
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
    public static List<int> PackagesAfter(ShellCommand command, string[] subcommands, params string[] valueFlags)
    {
        var indexes = NonFlagIndexes(command, valueFlags);
        int at = indexes.FindIndex(i => Array.IndexOf(subcommands, command.Arguments[i]) >= 0);
        return at < 0 ? new List<int>() : indexes.Skip(at + 1).Where(i => Array.IndexOf(subcommands, command.Arguments[i]) < 0).ToList();
    }
}
