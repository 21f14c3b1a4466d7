using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Humanizer;

namespace Dockerfile.Cli;

/// <summary><c>dfa fix [paths...] [--diff]</c>.</summary>
internal static class FixCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Dockerfiles, or folders searched recursively (default: the current folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var diff = new Option<bool>("--diff")
        {
            Description = "Print a unified diff of the fixes instead of writing the files",
        };

        var command = new Command("fix", "Apply the safe fixes to Dockerfiles") { paths, diff };
        command.SetAction(result => Run(result.GetValue(paths) ?? Array.Empty<string>(), result.GetValue(diff), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, bool diffOnly, TextWriter output, TextWriter error)
    {
        var files = DockerfileFinder.Find(paths, out var findError);
        if (files == null)
        {
            error.WriteLine(findError);
            return ExitCodes.BadInput;
        }

        int totalFixes = 0;
        int changedFiles = 0;
        foreach (string file in files)
        {
            var document = DockerfileDocument.Load(file, out var loadError);
            if (document == null)
            {
                error.WriteLine(loadError);
                return ExitCodes.BadInput;
            }

            string fixedText = document.FixAll(out int fixes);
            if (fixes == 0 || fixedText == document.Text)
            {
                continue;
            }

            totalFixes += fixes;
            changedFiles++;
            if (diffOnly)
            {
                output.Write(UnifiedDiff.Create(document.Text, fixedText, "a/" + ToDiffPath(file), "b/" + ToDiffPath(file)));
                continue;
            }

            var writeError = DockerfileDocument.WriteAtomically(file, fixedText);
            if (writeError != null)
            {
                error.WriteLine(writeError);
                return ExitCodes.BadInput;
            }

            output.WriteLine($"{file}: fixed {"problem".ToQuantity(fixes)}");
        }

        if (!diffOnly)
        {
            output.WriteLine(totalFixes == 0
                ? $"Nothing to fix in {"file".ToQuantity(files.Count)}"
                : $"Fixed {"problem".ToQuantity(totalFixes)} in {"file".ToQuantity(changedFiles)}");
        }

        return ExitCodes.Clean;
    }

    private static string ToDiffPath(string path)
    {
        string normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized;
    }
}
