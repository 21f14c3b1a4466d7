using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Dockerfile.Analysis.Workspaces;

namespace Dockerfile.Cli;

/// <summary><c>dfa lint [paths...] [--format text|json|sarif|github|checkstyle] [--context DIR] [--config FILE] [--severity LEVEL] [--no-color] [--build-arg NAME=VALUE]... [--check SETTINGS] [--no-shellcheck]</c>.</summary>
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

        var buildArgs = new Option<string[]>("--build-arg")
        {
            Description = "A build argument NAME=VALUE, as docker build takes it (NAME alone takes the value from the environment); repeat for several. Checks that depend on build arguments (InvalidDefaultArgInFrom...) see it, and BUILDKIT_DOCKERFILE_CHECK is read as --check",
        };
        var check = new Option<string?>("--check")
        {
            Description = "BuildKit check settings in the # check= syntax (\"skip=A,B;error=true\"), applied instead of each file's # check= directive, as BuildKit's BUILDKIT_DOCKERFILE_CHECK build argument is",
        };
        var noShellCheck = new Option<bool>("--no-shellcheck")
        {
            Description = "Do not run ShellCheck on RUN scripts (it runs when shellcheck is on PATH; .editorconfig's dfa_shellcheck = false also turns it off)",
        };

        var command = new Command("lint", "Report problems in Dockerfiles") { paths, format, context, config, severity, noColor, buildArgs, check, noShellCheck };
        command.SetAction(result =>
        {
            if (!TryParseBuildArguments(result.GetValue(buildArgs) ?? Array.Empty<string>(), out var arguments, out string? problem))
            {
                Console.Error.WriteLine("dfa: " + problem);
                return ExitCodes.BadInput;
            }

            return Run(
                new LintSettings(
                    result.GetValue(paths) ?? Array.Empty<string>(),
                    result.GetValue(format) ?? "text",
                    result.GetValue(context),
                    result.GetValue(config),
                    result.GetValue(severity) is { } level ? SeverityNames.Parse(level) : null,
                    result.GetValue(noColor))
                {
                    BuildArguments = arguments,
                    CheckSettings = result.GetValue(check),
                    ShellCheck = !result.GetValue(noShellCheck),
                },
                Console.Out,
                Console.Error);
        });
        return command;
    }

    /// <summary>
    /// Reads <c>--build-arg</c> values as docker build does: <c>NAME=VALUE</c>, or <c>NAME</c> alone for the value of
    /// the environment variable of that name (left out when it is not set). The last value of a name wins.
    /// </summary>
    internal static bool TryParseBuildArguments(IEnumerable<string> values, out Dictionary<string, string> arguments, out string? problem)
    {
        arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = null;
        foreach (string value in values)
        {
            int eq = value.IndexOf('=');
            string name = eq < 0 ? value : value.Substring(0, eq);
            if (name.Trim().Length == 0 || name.Trim() != name)
            {
                problem = "--build-arg '" + TerminalText.Escape(value) + "' has no name; write NAME=VALUE";
                return false;
            }

            if (eq >= 0)
            {
                arguments[name] = value.Substring(eq + 1);
            }
            else if (Environment.GetEnvironmentVariable(name) is { } fromEnvironment)
            {
                arguments[name] = fromEnvironment;
            }
        }

        return true;
    }

    internal static int Run(LintSettings settings, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        if (settings.ContextDirectory != null && !Directory.Exists(settings.ContextDirectory))
        {
            error.WriteLine(new InputError(settings.ContextDirectory, "no such context folder"));
            return ExitCodes.BadInput;
        }

        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions
        {
            ConfigurationPath = settings.ConfigurationPath,
            Analyzers = DfaCommandLine.Rules.Analyzers,
            ContextDirectory = settings.ContextDirectory,
            BuildArguments = System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.Ordinal, settings.BuildArguments),
            CheckSettings = settings.CheckSettings,
            ShellCheck = settings.ShellCheck ? Dockerfile.Analysis.ShellCheck.ShellCheckOptions.Default : null,
        });
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

        WriteShellCheckNote(results, error);
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
    /// One note per run, on standard error (so that json, sarif and the other formats stay as they are), when ShellCheck
    /// was to run on some Dockerfile but no shellcheck executable was found: its findings are missing, which is not an error.
    /// </summary>
    private static void WriteShellCheckNote(FileResult[] results, TextWriter error)
    {
        var wanted = results
            .Select(r => r.Document?.Document.Options.ShellCheck)
            .Where(o => o != null)
            .Select(o => o!.ExecutablePath)
            .Distinct()
            .ToList();
        foreach (string? path in wanted)
        {
            if (Dockerfile.Analysis.ShellCheck.ShellCheckOptions.Default.WithExecutablePath(path).FindExecutable() is null)
            {
                string where = path is null ? "shellcheck was not found on PATH" : "the shellcheck executable '" + TerminalText.Escape(path) + "' was not found";
                error.WriteLine("dfa: info: " + where + ", so RUN scripts were not checked with ShellCheck (SC#### findings); install it, or pass --no-shellcheck");
                return;
            }
        }
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
