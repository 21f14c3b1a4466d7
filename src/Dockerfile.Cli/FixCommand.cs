using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa fix [paths...] [--rule ID]... [--dry-run | --diff] [--context DIR] [--config FILE]</c>. Fixes only what
/// <c>dfa lint</c> reports with the same configuration: rules the configuration disables and findings hidden by
/// suppression comments are left alone.
/// </summary>
internal static class FixCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Dockerfiles, or folders searched recursively (default: the current folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rules = new Option<string[]>("--rule")
        {
            Description = "Only fix this rule's findings (repeat for several rules)",
            Arity = ArgumentArity.OneOrMore,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Report what would be fixed without writing the files",
        };
        var diff = new Option<bool>("--diff")
        {
            Description = "Print a unified diff of the fixes instead of writing the files",
        };
        var context = new Option<string?>("--context")
        {
            Description = "The build context folder (default: each Dockerfile's folder)",
        };

        var config = new Option<string?>("--config")
        {
            Description = "A configuration file used instead of the .editorconfig and .hadolint.yaml files found from each Dockerfile's folder",
        };

        var command = new Command("fix", "Apply the safe fixes to Dockerfiles") { paths, rules, dryRun, diff, context, config };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? Array.Empty<string>(),
            result.GetValue(rules) ?? Array.Empty<string>(),
            result.GetValue(dryRun),
            result.GetValue(diff),
            result.GetValue(context),
            result.GetValue(config),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, IReadOnlyList<string> rules, bool dryRun, bool diffOnly, string? contextDirectory, string? configurationPath, TextWriter output, TextWriter error)
    {
        if (dryRun && diffOnly)
        {
            error.WriteLine("dfa: --dry-run and --diff cannot be used together");
            return ExitCodes.BadInput;
        }

        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (string rule in rules)
        {
            var info = RuleCatalog.Find(rule);
            if (info == null)
            {
                error.WriteLine(new InputError(rule, "unknown rule id; dfa rules lists them"));
                return ExitCodes.BadInput;
            }

            if (!RuleFacts.IsFixable(info.Id))
            {
                error.WriteLine(new InputError(info.Id, "this rule has no automatic fix"));
                return ExitCodes.BadInput;
            }

            ruleIds.Add(info.Id);
        }

        if (contextDirectory != null && !Directory.Exists(contextDirectory))
        {
            error.WriteLine(new InputError(contextDirectory, "no such context folder"));
            return ExitCodes.BadInput;
        }

        if (ConfigurationCache.Check(configurationPath) is { } configError)
        {
            error.WriteLine(configError);
            return ExitCodes.BadInput;
        }

        if (paths.Contains("-"))
        {
            error.WriteLine(new InputError("-", "fix works on files; use dfa lint - for standard input"));
            return ExitCodes.BadInput;
        }

        var files = DockerfileFinder.Find(paths, out var findError);
        if (files == null)
        {
            error.WriteLine(findError);
            return ExitCodes.BadInput;
        }

        // Read everything before writing anything: a file that cannot be read stops the run with nothing changed.
        var documents = new List<DockerfileDocument>();
        var loadErrors = new List<InputError>();
        foreach (string file in files)
        {
            var document = DockerfileDocument.Load(file, contextDirectory, configurationPath, out var loadError);
            if (document == null)
            {
                loadErrors.Add(loadError!);
            }
            else
            {
                documents.Add(document);
            }
        }

        if (loadErrors.Count > 0)
        {
            foreach (var loadError in loadErrors)
            {
                error.WriteLine(loadError);
            }

            return ExitCodes.BadInput;
        }

        int totalFixes = 0;
        int changedFiles = 0;
        foreach (var document in documents)
        {
            string fixedText = document.FixAll(ruleIds, out int fixes);
            if (fixes == 0 || fixedText == document.Text)
            {
                continue;
            }

            totalFixes += fixes;
            changedFiles++;
            if (diffOnly)
            {
                output.Write(UnifiedDiff.Create(document.Text, fixedText, "a/" + ToDiffPath(document.Path), "b/" + ToDiffPath(document.Path)));
                continue;
            }

            if (dryRun)
            {
                output.WriteLine($"would fix {MessageText.Count(fixes, "issue")} in {document.Path}");
                continue;
            }

            var writeError = DockerfileDocument.WriteAtomically(document.Path, fixedText);
            if (writeError != null)
            {
                error.WriteLine(writeError);
                return ExitCodes.BadInput;
            }

            output.WriteLine($"fixed {MessageText.Count(fixes, "issue")} in {document.Path}");
        }

        if (!diffOnly)
        {
            string verb = dryRun ? "Would fix" : "Fixed";
            output.WriteLine(totalFixes == 0
                ? $"Nothing to fix in {MessageText.Count(documents.Count, "file")}"
                : $"{verb} {MessageText.Count(totalFixes, "issue")} in {MessageText.Count(changedFiles, "file")}");
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
