using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Workspaces;

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
            // Our ids, hadolint ids and BuildKit check names, as in the configuration.
            var infos = RuleCatalog.Resolve(rule);
            if (infos.IsEmpty)
            {
                error.WriteLine(new InputError(rule, "unknown rule id; dfa rules lists them"));
                return ExitCodes.BadInput;
            }

            var fixable = infos.Where(info => RuleFacts.IsFixable(info.Id)).ToList();
            if (fixable.Count == 0)
            {
                string named = string.Equals(infos[0].Id, rule, StringComparison.OrdinalIgnoreCase) ? infos[0].Id : $"{rule} ({string.Join(", ", infos.Select(i => i.Id))})";
                error.WriteLine(new InputError(named, infos.Length == 1 ? "this rule has no automatic fix" : "these rules have no automatic fix"));
                return ExitCodes.BadInput;
            }

            ruleIds.UnionWith(fixable.Select(info => info.Id));
        }

        if (contextDirectory != null && !Directory.Exists(contextDirectory))
        {
            error.WriteLine(new InputError(contextDirectory, "no such context folder"));
            return ExitCodes.BadInput;
        }

        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = configurationPath, ContextDirectory = contextDirectory });
        if (workspace.CheckConfigurationPath() is { } configError)
        {
            error.WriteLine(InputError.From(configError));
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
        var documents = InputDocument.LoadAll(workspace, files, forWriting: !dryRun && !diffOnly, error);
        if (documents == null)
        {
            return ExitCodes.BadInput;
        }

        var changes = new List<(InputDocument Document, string OriginalText, string FixedText, int Fixes)>();
        foreach (var document in documents)
        {
            var result = document.Document.FixAll(ruleIds);
            if (result.FixCount == 0)
            {
                continue;
            }

            string originalText = document.Document.Text.ToString();
            string fixedText = result.Text.ToString();
            if (fixedText != originalText)
            {
                changes.Add((document, originalText, fixedText, result.FixCount));
            }
        }

        // A read-only file stops the run before anything is written, as a file that cannot be read does.
        if (!dryRun && !diffOnly)
        {
            var refused = changes.Select(c => AtomicFileWriter.CheckWritable(c.Document.Path)).Where(e => e != null).ToList();
            if (refused.Count > 0)
            {
                foreach (var refusal in refused)
                {
                    error.WriteLine(refusal);
                }

                return ExitCodes.BadInput;
            }
        }

        int totalFixes = 0;
        int changedFiles = 0;
        int leftAlone = 0;
        foreach (var (document, originalText, fixedText, fixes) in changes)
        {
            if (diffOnly)
            {
                totalFixes += fixes;
                changedFiles++;
                output.Write(UnifiedDiff.Create(originalText, fixedText, "a/" + TerminalText.Escape(ToDiffPath(document.Path)), "b/" + TerminalText.Escape(ToDiffPath(document.Path))));
                continue;
            }

            if (dryRun)
            {
                totalFixes += fixes;
                changedFiles++;
                output.WriteLine($"would fix {MessageText.Count(fixes, "issue")} in {TerminalText.Escape(document.Path)}");
                continue;
            }

            var outcome = AtomicFileWriter.Write(document.Path, DockerfileText.Encode(fixedText), document.Snapshot, out var writeError);
            if (outcome == WriteOutcome.Failed)
            {
                error.WriteLine(writeError);
                return ExitCodes.BadInput;
            }

            if (outcome == WriteOutcome.ChangedOnDisk)
            {
                error.WriteLine(writeError);
                leftAlone++;
                continue;
            }

            totalFixes += fixes;
            changedFiles++;
            output.WriteLine($"fixed {MessageText.Count(fixes, "issue")} in {TerminalText.Escape(document.Path)}");
        }

        if (!diffOnly)
        {
            string verb = dryRun ? "Would fix" : "Fixed";
            string summary = totalFixes == 0 && leftAlone == 0
                ? $"Nothing to fix in {MessageText.Count(documents.Count, "file")}"
                : $"{verb} {MessageText.Count(totalFixes, "issue")} in {MessageText.Count(changedFiles, "file")}";
            if (leftAlone > 0)
            {
                summary += $"; {MessageText.Count(leftAlone, "file")} changed on disk and left alone";
            }

            output.WriteLine(summary);
        }

        return leftAlone > 0 ? ExitCodes.BadInput : ExitCodes.Clean;
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
