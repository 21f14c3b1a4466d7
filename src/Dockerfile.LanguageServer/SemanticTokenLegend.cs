using System.Collections.Generic;
using Dockerfile.Analysis.Editor;
using Dockerfile.LanguageServer.Protocol;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.LanguageServer;

/// <summary>The semantic token legend (one LSP type per <see cref="SemanticTokenKind"/>, in enum order) and the token encoding.</summary>
internal static class SemanticTokenLegend
{
    public static SemanticTokensLegend Legend { get; } = new()
    {
        TokenTypes = ["keyword", "comment", "macro", "string", "parameter", "string", "variable", "operator", "string", "class", "type", "label", "string", "operator", "property"],
        TokenModifiers = ["declaration", "deprecated"],
    };

    /// <summary>Encodes classified spans (single-line, ordered) as LSP relative integers.</summary>
    public static int[] Encode(SourceText text, IEnumerable<ClassifiedSpan> spans, TextPositions positions)
    {
        var data = new List<int>();
        int previousLine = 0;
        int previousStart = 0;
        foreach (var span in spans)
        {
            if (span.Span.Length == 0 || (int)span.Kind >= Legend.TokenTypes.Length)
            {
                continue;
            }

            var start = positions.ToPosition(text, span.Span.Start);
            var end = positions.ToPosition(text, span.Span.End);
            int length = end.Line == start.Line ? end.Character - start.Character : positions.ToPosition(text, text.Lines[start.Line].End).Character - start.Character;
            if (length <= 0)
            {
                continue;
            }

            int deltaLine = start.Line - previousLine;
            int deltaStart = deltaLine == 0 ? start.Character - previousStart : start.Character;
            data.Add(deltaLine);
            data.Add(deltaStart);
            data.Add(length);
            data.Add((int)span.Kind);
            data.Add((int)span.Modifiers);
            previousLine = start.Line;
            previousStart = start.Character;
        }

        return data.ToArray();
    }

    /// <summary>The one edit that turns <paramref name="previous"/> into <paramref name="current"/> (common prefix and suffix kept).</summary>
    public static SemanticTokensEdit[] Diff(int[] previous, int[] current)
    {
        int prefix = 0;
        while (prefix < previous.Length && prefix < current.Length && previous[prefix] == current[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < previous.Length - prefix && suffix < current.Length - prefix && previous[previous.Length - 1 - suffix] == current[current.Length - 1 - suffix])
        {
            suffix++;
        }

        int deleteCount = previous.Length - prefix - suffix;
        int insertCount = current.Length - prefix - suffix;
        if (deleteCount == 0 && insertCount == 0)
        {
            return [];
        }

        var inserted = new int[insertCount];
        System.Array.Copy(current, prefix, inserted, 0, insertCount);
        return [new SemanticTokensEdit { Start = prefix, DeleteCount = deleteCount, Data = inserted }];
    }
}
