using System;
using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Cli;

/// <summary>A small unified diff (three lines of context) between two texts, line by line.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string before, string after, string beforeName, string afterName)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var edits = Compare(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(beforeName).Append('\n');
        output.Append("+++ ").Append(afterName).Append('\n');

        int index = 0;
        while (index < edits.Count)
        {
            if (edits[index].Kind == ' ')
            {
                index++;
                continue;
            }

            int start = Math.Max(0, index - Context);
            int end = index;
            int lastChange = index;
            while (end < edits.Count && (edits[end].Kind != ' ' || end - lastChange <= 2 * Context))
            {
                if (edits[end].Kind != ' ')
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(edits.Count, lastChange + Context + 1);
            int aStart = edits[start].A, bStart = edits[start].B, aCount = 0, bCount = 0;
            for (int i = start; i < end; i++)
            {
                if (edits[i].Kind != '+')
                {
                    aCount++;
                }

                if (edits[i].Kind != '-')
                {
                    bCount++;
                }
            }

            output.Append("@@ -").Append(Range(aStart, aCount)).Append(" +").Append(Range(bStart, bCount)).Append(" @@\n");
            for (int i = start; i < end; i++)
            {
                output.Append(edits[i].Kind).Append(edits[i].Text).Append('\n');
            }

            index = end;
        }

        return output.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Replace("\r\n", "\n").Split('\n'));
        if (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private readonly record struct Edit(char Kind, string Text, int A, int B);

    // Longest common subsequence; Dockerfiles are small enough for the quadratic table.
    private static List<Edit> Compare(List<string> a, List<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (int i = a.Count - 1; i >= 0; i--)
        {
            for (int j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                edits.Add(new Edit(' ', a[x], x, y));
                x++;
                y++;
            }
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(new Edit('-', a[x], x, y));
                x++;
            }
            else
            {
                edits.Add(new Edit('+', b[y], x, y));
                y++;
            }
        }

        return edits;
    }
}
