using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa layers --format mermaid</c>: the stage graph as a Mermaid flowchart (paste it into a <c>```mermaid</c>
/// block): a node per stage (its index, name and base), a node per image that a <c>COPY --from</c> or
/// <c>--mount=from</c> names, and an edge per <c>FROM &lt;stage&gt;</c>, <c>COPY --from</c> and <c>--mount=from</c>
/// with its lines. The target stage is drawn thick, stages the target does not need dashed and, with
/// <c>--changed</c>, stages with a rebuilt instruction filled.
/// </summary>
internal static class LayersMermaidWriter
{
    public static void Write(LayerAnalysis analysis, TextWriter output)
    {
        output.WriteLine("flowchart TD");
        var images = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var stage in analysis.Stages)
        {
            string name = stage.Name is null ? string.Empty : " " + stage.Name;
            output.WriteLine($"  stage{stage.Index}[\"{Escape($"stage {stage.Index}{name}")}<br/>{Escape("FROM " + stage.Base)}\"]");
        }

        var edges = new List<(string From, string To, string Label, List<int> Lines)>();
        var edgeIndex = new Dictionary<(string From, string To, string Label), int>();
        foreach (var stage in analysis.Stages)
        {
            var lines = stage.Instructions.ToDictionary(i => i.Instruction, i => i.Line);
            foreach (var reference in stage.Stage.References)
            {
                string from;
                if (reference.Stage is { } source)
                {
                    from = "stage" + source.Index.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    if (!images.TryGetValue(reference.Text, out var id))
                    {
                        id = "image" + images.Count.ToString(CultureInfo.InvariantCulture);
                        images.Add(reference.Text, id);
                        output.WriteLine($"  {id}[/\"{Escape(reference.Text)}\"/]");
                    }

                    from = id;
                }

                string label = reference.Kind switch
                {
                    StageReferenceKind.From => "FROM",
                    StageReferenceKind.CopyFrom => "COPY --from",
                    _ => "RUN --mount from",
                };
                string to = "stage" + stage.Index.ToString(CultureInfo.InvariantCulture);
                int line = lines.TryGetValue(reference.Instruction, out int l) ? l : 0;
                if (edgeIndex.TryGetValue((from, to, label), out int existing))
                {
                    edges[existing].Lines.Add(line);
                }
                else
                {
                    edgeIndex.Add((from, to, label), edges.Count);
                    edges.Add((from, to, label, new List<int> { line }));
                }
            }
        }

        foreach (var (from, to, label, lines) in edges)
        {
            string where = (lines.Count == 1 ? "line " : "lines ") + string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
            output.WriteLine($"  {from} -->|\"{Escape(label + ", " + where)}\"| {to}");
        }

        WriteClass(output, "target", analysis.Stages.Where(s => s.Stage == analysis.Model.Target), "stroke-width:3px");
        WriteClass(output, "unused", analysis.Stages.Where(s => !s.InTarget), "stroke-dasharray:5 5");
        WriteClass(output, "rebuilt", analysis.Stages.Where(s => s.Rebuilt == true), "fill:#fde2e2");
    }

    private static void WriteClass(TextWriter output, string name, IEnumerable<StageLayers> stages, string style)
    {
        var ids = stages.Select(s => "stage" + s.Index.ToString(CultureInfo.InvariantCulture)).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        output.WriteLine($"  classDef {name} {style}");
        output.WriteLine($"  class {string.Join(",", ids)} {name}");
    }

    /// <summary>Text inside a quoted Mermaid label: quotes and the characters Mermaid reads as markup become entity codes.</summary>
    private static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '"' or '#' or '&' or '<' or '>' or '|' or '[' or ']' or '{' or '}':
                    builder.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
