using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// Reads a configuration file's YAML from YamlDotNet's parser events into <see cref="YamlConfigurationNode"/>s: no
/// reflection (so the reader is trimming and ahead-of-time safe), no recursion (nesting costs heap, not stack), and
/// no exception escapes: any failure of the scanner or parser, including the ones that are not
/// <see cref="YamlException"/>s, is returned as a position and a message.
/// </summary>
internal static class YamlConfigurationReader
{
    /// <summary>
    /// The deepest nesting of sequences and mappings read. A configuration needs three levels; YamlDotNet's scanner
    /// slows down with the nesting depth (every token rechecks the open levels), so reading stops here.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Reads the first document of a YAML text; later documents are read only to find errors in them.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="root">The first document's root node; null for a text without documents.</param>
    /// <param name="errorLine">When the text is malformed, the one-based line of the problem.</param>
    /// <param name="errorColumn">When the text is malformed, the one-based column of the problem.</param>
    /// <param name="error">When the text is malformed, what is wrong; otherwise null.</param>
    /// <returns>Whether the text is well-formed YAML.</returns>
    public static bool TryRead(string text, out YamlConfigurationNode? root, out int errorLine, out int errorColumn, out string? error)
    {
        root = null;
        errorLine = 0;
        errorColumn = 0;
        error = null;

        var scanner = new Scanner(new StringReader(text ?? string.Empty), skipComments: true);
        var parser = new Parser(scanner);

        // The open sequences and mappings, innermost last, with each mapping's key awaiting its value and the keys seen.
        var open = new List<YamlConfigurationNode>();
        var openFlow = new List<bool>();
        var pendingKeys = new List<YamlConfigurationNode?>();
        var seenKeys = new List<HashSet<string>?>();
        var anchors = new Dictionary<string, YamlConfigurationNode>(StringComparer.Ordinal);
        int documents = 0;
        YamlConfigurationNode? first = null;

        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart:
                        documents++;
                        break;
                    case Scalar scalar:
                        if (!Add(YamlConfigurationNode.Scalar(Line(scalar.Start), Column(scalar.Start), scalar.Value), scalar.Anchor, scalar.Start, out error, out errorLine, out errorColumn))
                        {
                            return false;
                        }

                        break;
                    case SequenceStart sequence:
                    {
                        var node = YamlConfigurationNode.Sequence(Line(sequence.Start), Column(sequence.Start));
                        if (!Add(node, sequence.Anchor, sequence.Start, out error, out errorLine, out errorColumn))
                        {
                            return false;
                        }

                        if (!Open(node, sequence.Style == SequenceStyle.Flow, null, out error, out errorLine, out errorColumn))
                        {
                            return false;
                        }

                        break;
                    }

                    case MappingStart mapping:
                    {
                        var node = YamlConfigurationNode.Mapping(Line(mapping.Start), Column(mapping.Start));
                        if (!Add(node, mapping.Anchor, mapping.Start, out error, out errorLine, out errorColumn))
                        {
                            return false;
                        }

                        if (!Open(node, mapping.Style == MappingStyle.Flow, new HashSet<string>(StringComparer.Ordinal), out error, out errorLine, out errorColumn))
                        {
                            return false;
                        }

                        break;
                    }

                    case SequenceEnd:
                    case MappingEnd:
                        if (open.Count > 0)
                        {
                            int last = open.Count - 1;
                            open.RemoveAt(last);
                            openFlow.RemoveAt(last);
                            pendingKeys.RemoveAt(last);
                            seenKeys.RemoveAt(last);
                        }

                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            errorLine = Line(alias.Start);
                            errorColumn = Column(alias.Start);
                            error = "the alias '*" + alias.Value.Value + "' names no anchor";
                            return false;
                        }

                        if (!Add(target, AnchorName.Empty, alias.Start, out error, out errorLine, out errorColumn))
                        {
                            return false;
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            errorLine = Line(ex.Start);
            errorColumn = Column(ex.Start);
            error = ex.Message;
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // YamlDotNet's scanner fails with other exceptions on some malformed text (an unclosed '[' followed by
            // more keys throws InvalidOperationException); the position is where the scanner stopped.
            var position = scanner.CurrentPosition;
            errorLine = Line(position);
            errorColumn = Column(position);
            int flow = openFlow.LastIndexOf(true);
            error = flow >= 0
                ? $"the {(open[flow].Kind == YamlConfigurationNodeKind.Sequence ? "'['" : "'{'")} at line {open[flow].Line}, column {open[flow].Column} is not closed"
                : "the text cannot be read as YAML from here";
            return false;
        }

        root = first;
        return true;

        bool Open(YamlConfigurationNode node, bool flow, HashSet<string>? keys, out string? message, out int line, out int column)
        {
            message = null;
            line = node.Line;
            column = node.Column;
            if (open.Count >= MaxDepth)
            {
                message = "it is nested more than " + MaxDepth + " levels deep";
                return false;
            }

            open.Add(node);
            openFlow.Add(flow);
            pendingKeys.Add(null);
            seenKeys.Add(keys);
            return true;
        }

        bool Add(YamlConfigurationNode node, AnchorName anchor, Mark start, out string? message, out int line, out int column)
        {
            message = null;
            line = 0;
            column = 0;
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            if (open.Count == 0)
            {
                if (documents == 1 && first is null)
                {
                    first = node;
                }

                return true;
            }

            int last = open.Count - 1;
            var parent = open[last];
            if (parent.Kind == YamlConfigurationNodeKind.Sequence)
            {
                parent.Items.Add(node);
                return true;
            }

            if (pendingKeys[last] is not { } key)
            {
                if (node.IsScalar && seenKeys[last] is { } keys && !keys.Add(node.Value ?? string.Empty))
                {
                    line = Line(start);
                    column = Column(start);
                    message = "the key '" + node.Value + "' appears twice in the same mapping";
                    return false;
                }

                pendingKeys[last] = node;
                return true;
            }

            parent.Entries.Add(new KeyValuePair<YamlConfigurationNode, YamlConfigurationNode>(key, node));
            pendingKeys[last] = null;
            return true;
        }
    }

    private static int Line(Mark mark) => mark.Line < 1 ? 1 : mark.Line > int.MaxValue ? int.MaxValue : (int)mark.Line;

    private static int Column(Mark mark) => mark.Column < 1 ? 1 : mark.Column > int.MaxValue ? int.MaxValue : (int)mark.Column;
}
