using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dockerfile.Analysis;
using Humanizer;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary><c>dfa lint [paths...] [--format text|json]</c>.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Dockerfiles, or folders searched recursively (default: the current folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("lint", "Report problems in Dockerfiles") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths) ?? Array.Empty<string>(), result.GetValue(format) ?? "text", Console.Out, Console.Error));
        return command;
    }

    private sealed record Finding(DockerfileDocument Document, Diagnostic Diagnostic, bool Fixable);

    internal static int Run(IReadOnlyList<string> paths, string format, TextWriter output, TextWriter error)
    {
        var files = DockerfileFinder.Find(paths, out var findError);
        if (files == null)
        {
            error.WriteLine(findError);
            return ExitCodes.BadInput;
        }

        var findings = new List<Finding>();
        foreach (string file in files)
        {
            var document = DockerfileDocument.Load(file, out var loadError);
            if (document == null)
            {
                error.WriteLine(loadError);
                return ExitCodes.BadInput;
            }

            foreach (var diagnostic in document.Analyze())
            {
                findings.Add(new Finding(document, diagnostic, document.IsFixable(diagnostic)));
            }
        }

        if (format == "json")
        {
            WriteJson(findings, output);
        }
        else
        {
            WriteText(findings, files.Count, output);
        }

        return findings.Any(f => f.Diagnostic.Severity >= DiagnosticSeverity.Warning) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static void WriteText(List<Finding> findings, int fileCount, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var span = finding.Diagnostic.Location.GetLineSpan();
            output.WriteLine($"{finding.Document.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {Severity(finding.Diagnostic)} {finding.Diagnostic.Id}: {finding.Diagnostic.GetMessage()}");
        }

        int errors = findings.Count(f => f.Diagnostic.Severity == DiagnosticSeverity.Error);
        int warnings = findings.Count(f => f.Diagnostic.Severity == DiagnosticSeverity.Warning);
        int others = findings.Count - errors - warnings;
        int fixable = findings.Count(f => f.Fixable);
        int filesWithFindings = findings.Select(f => f.Document.Path).Distinct().Count();
        if (findings.Count == 0)
        {
            output.WriteLine($"No problems in {"file".ToQuantity(fileCount)}");
            return;
        }

        var parts = new List<string>();
        if (errors > 0)
        {
            parts.Add("error".ToQuantity(errors));
        }

        if (warnings > 0)
        {
            parts.Add("warning".ToQuantity(warnings));
        }

        if (others > 0)
        {
            parts.Add("message".ToQuantity(others));
        }

        string summary = $"{parts.Humanize("and")} in {"file".ToQuantity(filesWithFindings)}";
        if (filesWithFindings != fileCount)
        {
            summary += $" ({"file".ToQuantity(fileCount)} checked)";
        }

        if (fixable > 0)
        {
            summary += $", {fixable} fixable: run dfa fix";
        }

        output.WriteLine(summary);
    }

    private static void WriteJson(List<Finding> findings, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var finding in findings)
            {
                var d = finding.Diagnostic;
                var span = d.Location.GetLineSpan();
                writer.WriteStartObject();
                writer.WriteString("file", finding.Document.Path);
                writer.WriteString("ruleId", d.Id);
                writer.WriteStartArray("equivalents");
                foreach (string equivalent in RuleCatalog.GetEquivalents(d.Id))
                {
                    writer.WriteStringValue(equivalent);
                }

                writer.WriteEndArray();
                writer.WriteString("severity", Severity(d));
                writer.WriteString("message", d.GetMessage());
                writer.WriteNumber("line", span.StartLinePosition.Line + 1);
                writer.WriteNumber("column", span.StartLinePosition.Character + 1);
                writer.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                writer.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
                writer.WriteBoolean("fixable", finding.Fixable);
                if (!string.IsNullOrEmpty(d.Descriptor.HelpLinkUri))
                {
                    writer.WriteString("helpUri", d.Descriptor.HelpLinkUri);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Severity(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
