using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.RepresentationModel;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// Reads small YAML manifests (pnpm-workspace.yaml, .yarnrc.yml) with YamlDotNet: the first document's top-level
/// mapping. Never throws; a document nested deeper than <see cref="MaxDepth"/> flow brackets is refused before parsing.
/// </summary>
internal static class ManifestYaml
{
    /// <summary>The deepest flow nesting (<c>[</c>, <c>{</c>) accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The top-level mapping, or null when the text is not YAML or not a mapping.</summary>
    public static YamlMappingNode? Load(string text)
    {
        if (text == null || !ShallowEnough(text))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The scalar value of a key, or null.</summary>
    public static string? Scalar(YamlMappingNode? map, string key) =>
        map != null && map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The node of a key, or null.</summary>
    public static YamlNode? Node(YamlMappingNode? map, string key) =>
        map != null && map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>The scalar items of a sequence node (others skipped).</summary>
    public static IReadOnlyList<string> Scalars(YamlNode? node)
    {
        var result = new List<string>();
        if (node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { } value })
                {
                    result.Add(value);
                }
            }
        }

        return result;
    }

    private static bool ShallowEnough(string text)
    {
        int depth = 0;
        foreach (char c in text)
        {
            if (c is '[' or '{')
            {
                if (++depth > MaxDepth)
                {
                    return false;
                }
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return true;
    }
}
