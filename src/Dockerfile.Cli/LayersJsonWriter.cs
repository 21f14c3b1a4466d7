using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa layers --format json</c>: <c>{"file", "changed", "stages": [{"index", "name", "base", "inTarget",
/// "instructions": [{"line", "keyword", "text", "layer", "cache", "rebuilt", "reason"}]}]}</c>, as docs/layers.md
/// documents it. The keys and their order are stable; a test pins them.
/// </summary>
internal static class LayersJsonWriter
{
    public static void Write(string file, LayerAnalysis analysis, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            if (analysis.ChangedPaths is { } changed)
            {
                writer.WriteStartArray("changed");
                foreach (string path in changed)
                {
                    writer.WriteStringValue(path);
                }

                writer.WriteEndArray();
            }
            else
            {
                writer.WriteNull("changed");
            }

            writer.WriteStartArray("stages");
            foreach (var stage in analysis.Stages)
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", stage.Index);
                if (stage.Name is { } name)
                {
                    writer.WriteString("name", name);
                }
                else
                {
                    writer.WriteNull("name");
                }

                writer.WriteString("base", stage.Base);
                writer.WriteBoolean("inTarget", stage.InTarget);
                writer.WriteStartArray("instructions");
                foreach (var instruction in stage.Instructions)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", instruction.Line);
                    writer.WriteString("keyword", instruction.Keyword);
                    writer.WriteString("text", instruction.Text);
                    writer.WriteBoolean("layer", instruction.MakesLayer);
                    writer.WriteStartArray("cache");
                    foreach (var input in instruction.Cache)
                    {
                        writer.WriteStringValue(input.ToString());
                    }

                    writer.WriteEndArray();
                    if (instruction.Rebuilt is { } rebuilt)
                    {
                        writer.WriteBoolean("rebuilt", rebuilt);
                    }
                    else
                    {
                        writer.WriteNull("rebuilt");
                    }

                    if (instruction.Reason is { } reason)
                    {
                        writer.WriteString("reason", reason.Description);
                    }
                    else
                    {
                        writer.WriteNull("reason");
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
