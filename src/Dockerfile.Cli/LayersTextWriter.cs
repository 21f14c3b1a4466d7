using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa layers</c>'s text: a summary (stages, layers; with <c>--changed</c>, where the rebuild starts and why, and
/// which lines are rebuilt), then a table per stage: line, layer (base, layer, metadata), rebuilt (with
/// <c>--changed</c>), the instruction on one line and its cache inputs (context files counted).
/// </summary>
internal static class LayersTextWriter
{
    private const int MaxInstructionWidth = 50;

    public static void Write(string file, LayerAnalysis analysis, TextWriter output)
    {
        int layers = analysis.Stages.Sum(s => s.LayerCount);
        output.WriteLine($"{TerminalText.Escape(file)}: {MessageText.Count(analysis.Stages.Length, "stage")}, {MessageText.Count(layers, "layer")}");
        if (analysis.ChangedPaths is { } changed)
        {
            WriteRebuildSummary(analysis, changed, layers, output);
        }

        foreach (var stage in analysis.Stages)
        {
            output.WriteLine();
            string name = stage.Name is null ? string.Empty : $" '{stage.Name}'";
            string target = stage.InTarget ? string.Empty : " (the target does not need it)";
            output.WriteLine(TerminalText.Escape($"stage {stage.Index}{name} FROM {stage.Base}{target}"));
            WriteTable(stage, analysis.ChangedPaths != null, output);
        }
    }

    private static void WriteRebuildSummary(LayerAnalysis analysis, IReadOnlyList<string> changed, int layers, TextWriter output)
    {
        output.WriteLine(changed.Count == 0 ? "Changed: nothing" : "Changed: " + TerminalText.Escape(string.Join(", ", changed)));
        foreach (var start in analysis.RebuildStarts)
        {
            output.WriteLine(TerminalText.Escape($"Line {start.Line} `{Shorten(start.Text)}` is rebuilt first: {start.Reason!.Description}"));
        }

        var rebuilt = analysis.Instructions.Where(i => i.Rebuilt == true).ToList();
        if (rebuilt.Count == 0)
        {
            output.WriteLine("Rebuilt: nothing (no COPY, ADD or bind mount takes a changed path after .dockerignore)");
            return;
        }

        int rebuiltLayers = rebuilt.Count(i => i.MakesLayer);
        string lines = MessageText.List(rebuilt.Select(i => i.Line.ToString(CultureInfo.InvariantCulture)));
        output.WriteLine($"Rebuilt: {(rebuilt.Count == 1 ? "line" : "lines")} {lines} ({rebuiltLayers} of {MessageText.Count(layers, "layer")})");
    }

    private static void WriteTable(StageLayers stage, bool showRebuilt, TextWriter output)
    {
        var rows = new List<string[]> { showRebuilt ? new[] { "LINE", "LAYER", "REBUILT", "INSTRUCTION", "CACHE" } : new[] { "LINE", "LAYER", "INSTRUCTION", "CACHE" } };
        foreach (var instruction in stage.Instructions)
        {
            var cells = new List<string>
            {
                instruction.Line.ToString(CultureInfo.InvariantCulture),
                instruction.Kind switch
                {
                    InstructionLayerKind.BaseImage => "base",
                    InstructionLayerKind.Filesystem => "layer",
                    _ => "metadata",
                },
            };
            if (showRebuilt)
            {
                cells.Add(instruction.Rebuilt == true ? "yes" : "no");
            }

            cells.Add(Shorten(instruction.Text));
            cells.Add(CacheText(instruction));
            rows.Add(cells.Select(c => TerminalText.Escape(c)).ToArray());
        }

        int columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var padded = row.Select((cell, c) => c == columns - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(("  " + string.Join("  ", padded)).TrimEnd());
        }
    }

    /// <summary>The cache inputs, files counted (<c>previous 3, source Pipfile, 2 files</c>).</summary>
    private static string CacheText(InstructionLayer instruction)
    {
        var parts = instruction.Cache.Where(c => c.Kind != CacheInputKind.File).Select(c => c.ToString()).ToList();
        int files = instruction.Cache.Count(c => c.Kind == CacheInputKind.File);
        if (files > 0)
        {
            parts.Add(MessageText.Count(files, "file"));
        }

        return string.Join(", ", parts);
    }

    private static string Shorten(string text) => text.Length <= MaxInstructionWidth ? text : text.Substring(0, MaxInstructionWidth - 3) + "...";
}
