using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

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
            Description = "A configuration file",
        };
        var severity = new Option<string>("--severity")
        {
            Description = "The lowest severity that makes the exit code 1: error, warning or info",
            DefaultValueFactory = _ => "warning",
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
                SeverityNames.Parse(result.GetValue(severity) ?? "warning"),
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

        if (settings.ConfigurationPath != null && !File.Exists(settings.ConfigurationPath))
        {
            error.WriteLine(new InputError(settings.ConfigurationPath, Directory.Exists(settings.ConfigurationPath) ? "the configuration is a folder, not a file" : "no such configuration file"));
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
        Parallel.For(0, files.Count, i =>
        {
            results[i] = LintFile(files[i], settings);
            progress.FileDone();
        });
        progress.Clear();
        stopwatch.Stop();

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

        return results.SelectMany(r => r.Findings).Any(f => f.Diagnostic.Severity >= settings.Threshold) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static FileResult LintFile(string path, LintSettings settings)
    {
        var document = DockerfileDocument.Load(path, settings.ContextDirectory, settings.ConfigurationPath, out var loadError);
        if (document == null)
        {
            return new FileResult(path, null, Array.Empty<Finding>(), loadError);
        }

        var findings = new List<Finding>();
        foreach (var diagnostic in document.Analyze())
        {
            findings.Add(new Finding(document, diagnostic, RuleFacts.IsFixable(diagnostic.Id) && document.IsFixable(diagnostic)));
        }

        return new FileResult(document.Path, document, findings, null);
    }
}
