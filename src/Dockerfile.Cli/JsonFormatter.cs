using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dockerfile.Analysis;

namespace Dockerfile.Cli;

/// <summary>
/// One JSON array of findings with <c>file</c>, <c>ruleId</c>, <c>equivalents</c>, <c>severity</c>, <c>message</c>,
/// <c>line</c>, <c>column</c>, <c>endLine</c>, <c>endColumn</c> (1-based), <c>fixable</c> and <c>helpUri</c>.
/// </summary>
internal static class JsonFormatter
{
    public static void Write(IReadOnlyList<FileResult> results, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var finding in results.SelectMany(r => r.Findings))
            {
                string id = finding.Diagnostic.Id;
                writer.WriteStartObject();
                writer.WriteString("file", finding.Path);
                writer.WriteString("ruleId", id);
                writer.WriteStartArray("equivalents");
                foreach (string equivalent in RuleCatalog.GetEquivalents(id))
                {
                    writer.WriteStringValue(equivalent);
                }

                writer.WriteEndArray();
                writer.WriteString("severity", finding.Severity);
                writer.WriteString("message", finding.Message);
                writer.WriteNumber("line", finding.Line);
                writer.WriteNumber("column", finding.Column);
                writer.WriteNumber("endLine", finding.EndLine);
                writer.WriteNumber("endColumn", finding.EndColumn);
                writer.WriteBoolean("fixable", finding.Fixable);
                writer.WriteString("helpUri", RuleFacts.HelpUri(id));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
