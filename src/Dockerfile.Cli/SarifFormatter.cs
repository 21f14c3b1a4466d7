using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Cli;

/// <summary>
/// SARIF 2.1.0, as GitHub code scanning reads it: one run whose driver lists every rule (with its page and
/// equivalents as tags), results with 1-based regions relative to <c>%SRCROOT%</c>, and fixes as SARIF fixes.
/// </summary>
internal static class SarifFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    public static void Write(IReadOnlyList<FileResult> results, TextWriter output)
    {
        var rules = DfaCommandLine.Rules.All;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Length; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();

            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "dfa");
            writer.WriteString("version", ToolVersion);
            writer.WriteString("informationUri", "https://github.com/dockerfile-analysis/dockerfile-analysis");
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(SourceRoot);
            writer.WriteString("uri", new Uri(Path.GetFullPath(".") + Path.DirectorySeparatorChar).AbsoluteUri);
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var finding in results.SelectMany(r => r.Findings))
            {
                WriteResult(writer, finding, ruleIndex);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The tool's version without build metadata.</summary>
    public static string ToolVersion
    {
        get
        {
            string version = typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            int plus = version.IndexOf('+');
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }

    /// <summary>SARIF's name for a severity.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static void WriteRule(Utf8JsonWriter writer, RuleInfo rule)
    {
        var descriptor = rule.Descriptor;
        string title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", ToPascalName(title));
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", title);
        writer.WriteEndObject();
        writer.WriteStartObject("fullDescription");
        writer.WriteString("text", description.Length > 0 ? description : title);
        writer.WriteEndObject();
        writer.WriteString("helpUri", RuleFacts.HelpUri(rule.Id));
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(descriptor.DefaultSeverity));
        writer.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", descriptor.Category);
        writer.WriteStartArray("tags");
        writer.WriteStringValue(descriptor.Category);
        foreach (string equivalent in rule.HadolintEquivalents)
        {
            writer.WriteStringValue("hadolint:" + equivalent);
        }

        foreach (string equivalent in rule.BuildKitEquivalents)
        {
            writer.WriteStringValue("buildkit:" + equivalent);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, Dictionary<string, int> ruleIndex)
    {
        var diagnostic = finding.Diagnostic;
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out int index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(writer, finding.Path);
        WriteRegion(writer, "region", finding.Span.Span);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();

        var document = finding.Document.Document;
        var fix = finding.Fixable ? CodeFixes.GetFixes(document.SyntaxTree, diagnostic, document.Options).FirstOrDefault(f => f.HasChanges) : null;
        if (fix != null && (fix.DocumentChanges.IsEmpty || document.BuildContext?.RootPath != null))
        {
            var lines = document.SyntaxTree.GetText().Lines;
            writer.WriteStartArray("fixes");
            writer.WriteStartObject();
            writer.WriteStartObject("description");
            writer.WriteString("text", fix.Title);
            writer.WriteEndObject();
            writer.WriteStartArray("artifactChanges");
            if (!fix.Changes.IsEmpty)
            {
                WriteArtifactChange(writer, finding.Path, lines, fix.Changes);
            }

            // Other files the fix changes (the .dockerignore): one artifact change each; a new file is an insertion
            // into an empty one.
            foreach (var change in fix.DocumentChanges)
            {
                string full = Path.GetFullPath(Path.Combine(document.BuildContext!.RootPath!, change.Path.Replace('/', Path.DirectorySeparatorChar)));
                string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
                string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
                var original = change.OriginalText ?? Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty);
                WriteArtifactChange(writer, shown, original.Lines, change.Changes);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteArtifactChange(Utf8JsonWriter writer, string path, Microsoft.CodeAnalysis.Text.TextLineCollection lines, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextChange> changes)
    {
        writer.WriteStartObject();
        WriteArtifactLocation(writer, path);
        writer.WriteStartArray("replacements");
        foreach (var change in changes.OrderBy(c => c.Span.Start))
        {
            writer.WriteStartObject();
            WriteRegion(writer, "deletedRegion", lines.GetLinePositionSpan(change.Span));
            writer.WriteStartObject("insertedContent");
            writer.WriteString("text", change.NewText ?? string.Empty);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            writer.WriteString("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
        }
        else
        {
            string relative = path.Replace('\\', '/');
            while (relative.StartsWith("./", StringComparison.Ordinal))
            {
                relative = relative.Substring(2);
            }

            writer.WriteString("uri", string.Join("/", relative.Split('/').Select(Uri.EscapeDataString)));
            writer.WriteString("uriBaseId", SourceRoot);
        }

        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, LinePositionSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", span.Start.Line + 1);
        writer.WriteNumber("startColumn", span.Start.Character + 1);
        writer.WriteNumber("endLine", span.End.Line + 1);
        writer.WriteNumber("endColumn", span.End.Character + 1);
        writer.WriteEndObject();
    }

    private static string ToPascalName(string title)
    {
        var builder = new StringBuilder();
        foreach (string word in title.Split(new[] { ' ', '-', '_', '/', '.', ',', '\'', '`', '(', ')' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return builder.Length == 0 ? "Rule" : builder.ToString();
    }
}
