using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Workspaces;
using Dockerfile.Syntax;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa context [DIR] [--file DOCKERFILE] [--format text|json]</c>: what the builder receives from a build context
/// after .dockerignore and what the Dockerfile does with it (<see cref="BuildContextUsage"/>).
/// </summary>
internal static class ContextCommand
{
    public static Command Create()
    {
        var directory = new Argument<string?>("dir")
        {
            Description = "The build context folder (default: the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--file", "-f")
        {
            Description = "The Dockerfile, as docker build -f takes it (default: Dockerfile in the context folder)",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("context", "Show what the build context sends, what uses it, secrets it copies and .dockerignore lines that would help") { directory, file, format };
        command.SetAction(result => Run(result.GetValue(directory), result.GetValue(file), result.GetValue(format) ?? "text", Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string? directory, string? dockerfile, string format, TextWriter output, TextWriter error)
    {
        directory ??= ".";
        if (!Directory.Exists(directory))
        {
            error.WriteLine(new InputError(directory, File.Exists(directory) ? "a file, not a context folder" : "no such context folder"));
            return ExitCodes.BadInput;
        }

        dockerfile ??= Path.Combine(directory, "Dockerfile");
        if (!File.Exists(dockerfile))
        {
            error.WriteLine(new InputError(dockerfile, Directory.Exists(dockerfile) ? "a folder, not a Dockerfile" : "no such file"));
            return ExitCodes.BadInput;
        }

        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ContextDirectory = directory, Analyzers = DfaCommandLine.Rules.Analyzers });
        var document = InputDocument.Load(workspace, dockerfile, out var loadError);
        if (document == null)
        {
            error.WriteLine(loadError);
            return ExitCodes.BadInput;
        }

        string relative = Path.GetRelativePath(Path.GetFullPath(directory), Path.GetFullPath(dockerfile)).Replace(Path.DirectorySeparatorChar, '/');
        var model = document.Document.GetSemanticModel();
        var usage = BuildContextUsage.Analyze(model, relative.StartsWith("../", StringComparison.Ordinal) ? null : relative);
        if (format == "json")
        {
            WriteJson(directory, document.Path, model.Tree, usage, output);
        }
        else
        {
            WriteText(directory, model.Tree, usage, output);
        }

        return ExitCodes.Clean;
    }

    private static string Line(DockerfileSyntaxTree tree, InstructionSyntax instruction) =>
        (tree.GetLineSpan(instruction.Span).StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);

    private static string Describe(DockerfileSyntaxTree tree, InstructionSyntax instruction)
    {
        string text = SourceText(tree, instruction);
        return $"line {Line(tree, instruction)} `{(text.Length > 40 ? text.Substring(0, 37) + "..." : text)}`";
    }

    private static void WriteText(string directory, DockerfileSyntaxTree tree, BuildContextUsage usage, TextWriter output)
    {
        string ignored = usage.IgnoredFileCount == 0
            ? (usage.Context.IgnoreFile is null ? "no .dockerignore" : ".dockerignore leaves nothing out")
            : $".dockerignore leaves out {MessageText.Count(usage.IgnoredFileCount, "file")}, {MessageText.Bytes(usage.IgnoredBytes)}";
        output.WriteLine(TerminalText.Escape($"Build context {directory}: {MessageText.Count(usage.FileCount, "file")}, {MessageText.Bytes(usage.Bytes)} ({ignored})"));

        if (!usage.LargestFiles.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Largest files:");
            WriteRows(output, usage.LargestFiles.Select(f => new[] { MessageText.Bytes(f.Bytes), f.Path }));
        }

        if (!usage.Entries.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Entries:");
            var rows = new List<string[]> { new[] { "SIZE", "FILES", "ENTRY", "USED BY" } };
            foreach (var entry in usage.Entries)
            {
                string usedBy = !entry.UsedBy.IsEmpty
                    ? string.Join(", ", entry.UsedBy.Select(i => Describe(tree, i)))
                    : entry.IsBuildFile ? "the builder reads it" : "nothing";
                rows.Add(new[] { MessageText.Bytes(entry.Bytes), entry.FileCount.ToString(CultureInfo.InvariantCulture), entry.ToString(), usedBy });
            }

            WriteRows(output, rows);
        }

        var unused = usage.UnusedEntries;
        output.WriteLine();
        output.WriteLine(unused.IsEmpty
            ? "Every entry is used."
            : TerminalText.Escape($"Not used by any instruction: {MessageText.List(unused.Select(e => e.ToString()))} ({MessageText.Bytes(unused.Sum(e => e.Bytes))})"));

        if (!usage.Secrets.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Secrets copied into an image:");
            foreach (var secret in usage.Secrets)
            {
                string how = secret.CopiedByName ? "; it is named, so use a secret mount (RUN --mount=type=secret) instead" : string.Empty;
                output.WriteLine(TerminalText.Escape($"  {secret.Path}: {secret.Description}, copied by {MessageText.List(secret.CopiedBy.Select(i => Describe(tree, i)))}{how}"));
            }
        }

        output.WriteLine();
        if (usage.SuggestedIgnoreLines.IsEmpty)
        {
            output.WriteLine("No .dockerignore lines to suggest.");
        }
        else
        {
            output.WriteLine("Suggested .dockerignore lines:");
            foreach (string line in usage.SuggestedIgnoreLines)
            {
                output.WriteLine("  " + TerminalText.Escape(line));
            }
        }
    }

    private static void WriteRows(TextWriter output, IEnumerable<string[]> rows)
    {
        var all = rows.Select(r => r.Select(c => TerminalText.Escape(c)).ToArray()).ToList();
        int columns = all[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            output.WriteLine(("  " + string.Join("  ", row.Select((cell, c) => c == columns - 1 ? cell : cell.PadRight(widths[c])))).TrimEnd());
        }
    }

    private static void WriteJson(string directory, string dockerfile, DockerfileSyntaxTree tree, BuildContextUsage usage, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            void Instructions(string name, IEnumerable<InstructionSyntax> instructions)
            {
                writer.WriteStartArray(name);
                foreach (var instruction in instructions)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", tree.GetLineSpan(instruction.Span).StartLinePosition.Line + 1);
                    writer.WriteString("text", SourceText(tree, instruction));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteStartObject();
            writer.WriteString("context", directory);
            writer.WriteString("dockerfile", dockerfile);
            writer.WriteNumber("files", usage.FileCount);
            writer.WriteNumber("bytes", usage.Bytes);
            writer.WriteString("size", MessageText.Bytes(usage.Bytes));
            writer.WriteNumber("ignoredFiles", usage.IgnoredFileCount);
            writer.WriteNumber("ignoredBytes", usage.IgnoredBytes);
            writer.WriteStartArray("largestFiles");
            foreach (var file in usage.LargestFiles)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteNumber("bytes", file.Bytes);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("entries");
            foreach (var entry in usage.Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("name", entry.Name);
                writer.WriteBoolean("directory", entry.IsDirectory);
                writer.WriteNumber("files", entry.FileCount);
                writer.WriteNumber("bytes", entry.Bytes);
                writer.WriteBoolean("used", entry.IsUsed);
                Instructions("usedBy", entry.UsedBy);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("unused");
            foreach (var entry in usage.UnusedEntries)
            {
                writer.WriteStringValue(entry.Name);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("secrets");
            foreach (var secret in usage.Secrets)
            {
                writer.WriteStartObject();
                writer.WriteString("path", secret.Path);
                writer.WriteString("description", secret.Description);
                writer.WriteBoolean("copiedByName", secret.CopiedByName);
                Instructions("copiedBy", secret.CopiedBy);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("suggestedIgnoreLines");
            foreach (string line in usage.SuggestedIgnoreLines)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The instruction's first line as written (a continuation's backslash dropped).</summary>
    private static string SourceText(DockerfileSyntaxTree tree, InstructionSyntax instruction)
    {
        string text = tree.GetText().ToString(instruction.Span);
        int newline = text.IndexOf('\n');
        return (newline < 0 ? text : text.Substring(0, newline)).TrimEnd('\r', '\\', ' ');
    }
}
