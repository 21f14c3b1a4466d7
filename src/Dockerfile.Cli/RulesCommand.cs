using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dockerfile.Analysis;

namespace Dockerfile.Cli;

/// <summary><c>dfa rules [--format text|json]</c>: the catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List the rules") { format };
        command.SetAction(result => Run(result.GetValue(format) ?? "text", Console.Out));
        return command;
    }

    internal static int Run(string format, TextWriter output)
    {
        if (format == "json")
        {
            WriteJson(output);
        }
        else
        {
            WriteText(output);
        }

        return ExitCodes.Clean;
    }

    private static void WriteText(TextWriter output)
    {
        var rows = DfaCommandLine.Rules.All.Select(r => new[]
        {
            r.Id,
            SeverityNames.Of(r.Descriptor.DefaultSeverity),
            r.Descriptor.Category,
            RuleFacts.IsFixable(r.Id) ? "fix" : string.Empty,
            r.Equivalents.IsEmpty ? string.Empty : string.Join(",", r.Equivalents),
            r.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        rows.Insert(0, new[] { "ID", "SEVERITY", "CATEGORY", "FIX", "EQUIVALENTS", "TITLE" });
        int columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (int c = 0; c < columns; c++)
            {
                line.Append(c == columns - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var rule in DfaCommandLine.Rules.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("title", rule.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
                writer.WriteString("category", rule.Descriptor.Category);
                writer.WriteString("defaultSeverity", SeverityNames.Of(rule.Descriptor.DefaultSeverity));
                writer.WriteStartArray("hadolintEquivalents");
                foreach (string id in rule.HadolintEquivalents)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("buildKitEquivalents");
                foreach (string id in rule.BuildKitEquivalents)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteBoolean("fixable", RuleFacts.IsFixable(rule.Id));
                writer.WriteString("helpUri", RuleFacts.HelpUri(rule.Id));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
