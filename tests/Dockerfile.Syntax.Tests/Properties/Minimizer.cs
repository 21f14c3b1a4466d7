using System;
using System.Collections.Generic;

namespace Dockerfile.Syntax.Tests.Properties;

/// <summary>Delta debugging: shrinks a failing input by removing lines, then chunks, then single characters, while it still fails.</summary>
public static class Minimizer
{
    /// <summary>Returns a smaller input for which <paramref name="fails"/> still holds.</summary>
    public static string Minimize(string input, Func<string, bool> fails)
    {
        string current = input;
        current = Shrink(current, SplitLines(current), fails);
        for (int chunk = Math.Max(1, current.Length / 2); chunk >= 1; chunk /= 2)
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int start = 0; start + chunk <= current.Length; start += chunk)
                {
                    string candidate = current.Remove(start, chunk);
                    if (fails(candidate))
                    {
                        current = candidate;
                        changed = true;
                        break;
                    }
                }
            }
        }

        return current;
    }

    private static string Shrink(string current, List<string> lines, Func<string, bool> fails)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            var without = new List<string>(lines);
            without.RemoveAt(i);
            string candidate = string.Concat(without);
            if (fails(candidate))
            {
                lines = without;
                current = candidate;
            }
        }

        return current;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }
}
