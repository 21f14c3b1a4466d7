using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Formatting;
using Dockerfile.Analysis.Workspaces;
using Dockerfile.Syntax;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa format [paths...] [--check] [--diff] [--config FILE]</c>: lays Dockerfiles out the one canonical way
/// (<see cref="DockerfileFormatter"/>, options from each file's <c>.editorconfig</c>) and writes them back with the
/// same safeguards as <c>dfa fix</c>. <c>--check</c> writes nothing, lists the files that would change and exits 1
/// when there are any; <c>--diff</c> prints what would change. <c>-</c> formats standard input to standard output.
/// </summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Dockerfiles, or folders searched recursively (default: the current folder); - formats standard input to standard output",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; list the files that would change and exit 1 when there are any",
        };
        var diff = new Option<bool>("--diff")
        {
            Description = "Print a unified diff of the changes instead of writing the files",
        };
        var config = new Option<string?>("--config")
        {
            Description = "An .editorconfig file used instead of the ones found from each Dockerfile's folder",
        };

        var command = new Command("format", "Format Dockerfiles without changing what they build") { paths, check, diff, config };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? Array.Empty<string>(),
            result.GetValue(check),
            result.GetValue(diff),
            result.GetValue(config),
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, bool check, bool diffOnly, string? configurationPath, TextWriter output, TextWriter error)
    {
        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = configurationPath, Analyzers = DfaCommandLine.Rules.Analyzers });
        if (workspace.CheckConfigurationPath() is { } configError)
        {
            error.WriteLine(InputError.From(configError));
            return ExitCodes.BadInput;
        }

        bool write = !check && !diffOnly;
        if (paths.Contains("-"))
        {
            if (paths.Count > 1)
            {
                error.WriteLine(new InputError("-", "standard input cannot be formatted together with files"));
                return ExitCodes.BadInput;
            }

            return RunStandardInput(workspace, check, diffOnly, output, error);
        }

        var files = DockerfileFinder.Find(paths, out var findError);
        if (files == null)
        {
            error.WriteLine(findError);
            return ExitCodes.BadInput;
        }

        // Read everything before writing anything: a file that cannot be read stops the run with nothing changed.
        var documents = InputDocument.LoadAll(workspace, files, forWriting: write, error);
        if (documents == null)
        {
            return ExitCodes.BadInput;
        }

        // Formatting is per file and the files are independent: on the thread pool when there are many (the text of a
        // file that does not change is not kept), then reported in the files' order.
        var formatted = new (InputError? Broken, string? FormattedText)[documents.Count];
        if (documents.Count == 1)
        {
            formatted[0] = FormatIfChanged(documents[0]);
        }
        else
        {
            System.Threading.Tasks.Parallel.For(0, documents.Count, i => formatted[i] = FormatIfChanged(documents[i]));
        }

        var changes = new List<(InputDocument Document, string FormattedText)>();
        for (int i = 0; i < documents.Count; i++)
        {
            if (formatted[i].Broken is { } broken)
            {
                error.WriteLine(broken);
            }

            if (formatted[i].FormattedText is { } formattedText)
            {
                changes.Add((documents[i], formattedText));
            }
        }

        if (write)
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

        int changed = 0;
        int leftAlone = 0;
        foreach (var (document, formattedText) in changes)
        {
            string shown = TerminalText.Escape(document.Path);
            if (diffOnly)
            {
                string name = TerminalText.Escape(ToDiffPath(document.Path));
                output.Write(UnifiedDiff.Create(document.Document.Text.ToString(), formattedText, "a/" + name, "b/" + name));
                changed++;
                continue;
            }

            if (check)
            {
                output.WriteLine("would reformat " + shown);
                changed++;
                continue;
            }

            var outcome = AtomicFileWriter.Write(document.Path, DockerfileText.Encode(formattedText), document.Snapshot, out var writeError, verb: "format");
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

            changed++;
            output.WriteLine("formatted " + shown);
        }

        if (!diffOnly)
        {
            string summary = check
                ? (changed == 0 ? $"{MessageText.Count(documents.Count, "file")} already formatted" : $"{MessageText.Count(changed, "file")} would be reformatted, {MessageText.Count(documents.Count - changed, "file")} already formatted")
                : (changed == 0 && leftAlone == 0 ? $"{MessageText.Count(documents.Count, "file")} already formatted" : $"Formatted {MessageText.Count(changed, "file")}");
            if (leftAlone > 0)
            {
                summary += $"; {MessageText.Count(leftAlone, "file")} changed on disk and left alone";
            }

            output.WriteLine(summary);
        }

        if (leftAlone > 0)
        {
            return ExitCodes.BadInput;
        }

        return check && changed > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static int RunStandardInput(DockerfileWorkspace workspace, bool check, bool diffOnly, TextWriter output, TextWriter error)
    {
        var document = InputDocument.Load(workspace, "-", out var loadError);
        if (document == null)
        {
            error.WriteLine(loadError);
            return ExitCodes.BadInput;
        }

        var (broken, formattedText) = FormatIfChanged(document);
        if (broken != null)
        {
            error.WriteLine(broken);
        }

        bool changed = formattedText != null;
        formattedText ??= document.Document.Text.ToString();
        if (diffOnly)
        {
            if (changed)
            {
                output.Write(UnifiedDiff.Create(document.Document.Text.ToString(), formattedText, "a/" + InputDocument.StdinName, "b/" + InputDocument.StdinName));
            }
        }
        else if (check)
        {
            if (changed)
            {
                output.WriteLine("would reformat " + InputDocument.StdinName);
            }
        }
        else
        {
            // The formatted text as bytes, exactly as a file would be written (a byte order mark stays).
            output.Flush();
            using var stdout = Console.OpenStandardOutput();
            byte[] bytes = DockerfileText.Encode(formattedText);
            stdout.Write(bytes, 0, bytes.Length);
            stdout.Flush();
        }

        return check && changed ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>What the run says of one file: its broken instructions, and its formatted text when that differs.</summary>
    private static (InputError? Broken, string? FormattedText) FormatIfChanged(InputDocument document)
    {
        var text = document.Document.Text;
        string formattedText = Format(document.Document);
        bool same = formattedText.Length == text.Length && string.Equals(formattedText, text.ToString(), StringComparison.Ordinal);
        return (FindBroken(document.Path, document.Document.SyntaxTree), same ? null : formattedText);
    }

    private static string Format(DockerfileDocument document) =>
        DockerfileFormatter.Format(document.SyntaxTree, DockerfileFormattingOptions.FromConfiguration(document.Configuration)).ToString();

    /// <summary>One line per file whose instructions with syntax errors the formatter left as they are.</summary>
    private static InputError? FindBroken(string path, DockerfileSyntaxTree tree)
    {
        int count = 0;
        InstructionSyntax? first = null;
        foreach (var instruction in tree.GetRoot().Instructions)
        {
            if (instruction.ContainsDiagnostics)
            {
                first ??= instruction;
                count++;
            }
        }

        if (first == null)
        {
            return null;
        }

        var position = tree.GetLineSpan(first.Span).StartLinePosition;
        string what = count == 1 ? "this instruction has syntax errors and was left as it is" : $"this instruction and {MessageText.Count(count - 1, "other")} with syntax errors were left as they are";
        return new InputError(path, what, position.Line + 1, position.Character + 1);
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
