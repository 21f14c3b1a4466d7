using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Dockerfile.Analysis.Workspaces;

namespace Dockerfile.Cli;

/// <summary><c>dfa lint [paths...] [--format text|json|sarif|github|checkstyle] [--context DIR] [--config FILE] [--severity LEVEL] [--no-color]</c>.</summary>
internal static class LintCommand
{
    public static readonly string[] Formats = { "text", "json", "sarif", "github", "checkstyle" };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Dockerfiles, folders searched recursively, or - for standard input (default: the current folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json, sarif, github or checkstyle",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);
        var context = new Option<string?>("--context")
        {
            Description = "The build context folder, for .dockerignore and COPY sources (default: each Dockerfile's folder)",
        };
        var config = new Option<string?>("--config")
        {
            Description = "A configuration file (.editorconfig syntax, or hadolint YAML when it ends in .yaml/.yml) used instead of the .editorconfig and .hadolint.yaml files found from each Dockerfile's folder",
        };
        var severity = new Option<string?>("--severity")
        {
            Description = "The lowest severity that makes the exit code 1: error, warning or info (default: failure-threshold from .hadolint.yaml, else warning)",
        };
        severity.AcceptOnlyFromAmong("error", "warning", "info");
        var noColor = new Option<bool>("--no-color")
        {
            Description = "Never colour the output (colour is only used on a terminal, and never when NO_COLOR is set)",
        };

        var command = new Command("lint", "Report problems in Dockerfiles") { paths, format, context, config, severity, noColor };
        command.SetAction(result => Run(
            new LintSettings(
                result.GetValue(paths) ?? Array.Empty<string>(),
                result.GetValue(format) ?? "text",
                result.GetValue(context),
                result.GetValue(config),
                result.GetValue(severity) is { } level ? SeverityNames.Parse(level) : null,
                result.GetValue(noColor)),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(LintSettings settings, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        if (settings.ContextDirectory != null && !Directory.Exists(settings.ContextDirectory))
        {
            error.WriteLine(new InputError(settings.ContextDirectory, "no such context folder"));
            return ExitCodes.BadInput;
        }

        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = settings.ConfigurationPath, ContextDirectory = settings.ContextDirectory });
        if (workspace.CheckConfigurationPath() is { } configError)
        {
            error.WriteLine(InputError.From(configError));
            return ExitCodes.BadInput;
        }

        var files = DockerfileFinder.Find(settings.Paths, out var findError);
        if (files == null)
        {
            error.WriteLine(findError);
            return ExitCodes.BadInput;
        }

        var results = new FileResult[files.Count];
        var progress = new LintProgress(files.Count, error);
        if (files.Count == 1)
        {
            // One file (a pre-commit hook, an editor's save): on this thread, without starting thread-pool workers.
            results[0] = LintFile(workspace, files[0], settings);
        }
        else
        {
            Parallel.For(0, files.Count, i =>
            {
                results[i] = LintFile(workspace, files[i], settings);
                progress.FileDone();
            });
        }

        progress.Clear();
        stopwatch.Stop();
        RemoveRepeatedConfigurationFindings(results);

        var errors = results.Where(r => r.Error != null).ToList();
        foreach (var result in errors)
        {
            error.WriteLine(result.Error);
        }

        switch (settings.Format)
        {
            case "json":
                JsonFormatter.Write(results, output);
                break;
            case "sarif":
                SarifFormatter.Write(results, output);
                break;
            case "github":
                GitHubFormatter.Write(results, output);
                break;
            case "checkstyle":
                CheckstyleFormatter.Write(results, output);
                break;
            default:
                TextFormatter.Write(results, stopwatch.Elapsed, ConsoleStyle.ForStandardOutput(settings.NoColor), output);
                break;
        }

        if (errors.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return results.Any(r => r.Threshold is { } threshold && r.Findings.Any(f => f.Diagnostic.Severity >= threshold)) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>
    /// Keeps a configuration file's <c>DF0002</c> findings with the first Dockerfile that reported them: every
    /// Dockerfile that shares the file would repeat them.
    /// </summary>
    private static void RemoveRepeatedConfigurationFindings(FileResult[] results)
    {
        var seen = new HashSet<(string, int, int, string)>();
        for (int i = 0; i < results.Length; i++)
        {
            var findings = results[i].Findings;
            if (!findings.Any(f => f.Diagnostic.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile))
            {
                continue;
            }

            var kept = findings.Where(f => f.Diagnostic.Location.Kind != Microsoft.CodeAnalysis.LocationKind.ExternalFile || seen.Add((f.Path, f.Line, f.Column, f.Message))).ToList();
            if (kept.Count != findings.Count)
            {
                results[i] = results[i] with { Findings = kept };
            }
        }
    }

    /// <summary>The exit-code threshold of one file: <c>--severity</c>, else the configuration's <c>failure-threshold</c>, else warning.</summary>
    private static Microsoft.CodeAnalysis.DiagnosticSeverity? ThresholdOf(InputDocument input, LintSettings settings)
    {
        if (settings.Threshold is { } given)
        {
            return given;
        }

        return input.Document.Configuration.FailureThreshold switch
        {
            null => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            Dockerfile.Analysis.Configuration.RuleSeverityLevel.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
            Dockerfile.Analysis.Configuration.RuleSeverityLevel.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            Dockerfile.Analysis.Configuration.RuleSeverityLevel.Suggestion => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
            _ => null,
        };
    }

    private static FileResult LintFile(DockerfileWorkspace workspace, string path, LintSettings settings)
    {
        var input = InputDocument.Load(workspace, path, out var loadError);
        if (input == null)
        {
            return new FileResult(path, null, Array.Empty<Finding>(), loadError);
        }

        var diagnostics = input.Document.GetDiagnostics();
        var fixes = input.Document.GetFixSummary();
        var findings = new List<Finding>(diagnostics.Length);
        for (int i = 0; i < diagnostics.Length; i++)
        {
            findings.Add(new Finding(input, diagnostics[i], RuleFacts.IsFixable(diagnostics[i].Id) && fixes.HasFix[i]));
        }

        return new FileResult(input.Path, input, findings, null, ThresholdOf(input, settings), fixes.FixCount);
    }
}
