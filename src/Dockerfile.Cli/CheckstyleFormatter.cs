using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;

namespace Dockerfile.Cli;

/// <summary>Checkstyle XML (version 4.3): one <c>file</c> element per checked file, one <c>error</c> element per finding.</summary>
internal static class CheckstyleFormatter
{
    public static void Write(IReadOnlyList<FileResult> results, TextWriter output)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("checkstyle");
            writer.WriteAttributeString("version", "4.3");
            foreach (var result in results)
            {
                if (result.Document == null)
                {
                    continue;
                }

                writer.WriteStartElement("file");
                // Escaped: XML 1.0 cannot hold most control characters at all, and readers show the text on a terminal.
                writer.WriteAttributeString("name", TerminalText.Escape(result.Document.Path));
                foreach (var finding in result.Findings)
                {
                    writer.WriteStartElement("error");
                    writer.WriteAttributeString("line", finding.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteAttributeString("column", finding.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteAttributeString("severity", finding.Severity);
                    writer.WriteAttributeString("message", TerminalText.Escape(finding.Message));
                    writer.WriteAttributeString("source", "dfa." + finding.Diagnostic.Id);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
