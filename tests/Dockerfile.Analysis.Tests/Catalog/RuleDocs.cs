using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dockerfile.Analysis.Tests.Catalog;

/// <summary>
/// Reads <c>docs/rules/&lt;ID&gt;.md</c> pages: the Dockerfile code blocks under their <c>## Bad</c> and
/// <c>## Good</c> headings. A fence's info string may add <c>context=a,b/c</c> (files of an in-memory
/// build context) and <c>dockerignore=pattern;pattern</c>.
/// </summary>
public static class RuleDocs
{
    private static readonly Regex s_fence = new(@"^```(?<info>[^\n]*)\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline);

    /// <summary>The repository root (the folder holding Dockerfile.Analysis.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The rules documentation folder.</summary>
    public static string RulesFolder => Path.Combine(RepositoryRoot, "docs", "rules");

    /// <summary>The examples of a rule's page.</summary>
    public static IReadOnlyList<RuleExample> Examples(string id)
    {
        string path = Path.Combine(RulesFolder, id + ".md");
        var examples = new List<RuleExample>();
        if (!File.Exists(path))
        {
            return examples;
        }

        string text = File.ReadAllText(path).Replace("\r\n", "\n");
        string? section = null;
        int position = 0;
        foreach (Match fence in s_fence.Matches(text))
        {
            foreach (Match heading in Regex.Matches(text.Substring(position, fence.Index - position), @"^##\s+(.+)$", RegexOptions.Multiline))
            {
                section = heading.Groups[1].Value.Trim();
            }

            position = fence.Index + fence.Length;
            var info = fence.Groups["info"].Value.Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (info.Length == 0 || !info[0].Equals("dockerfile", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            bool? bad = section switch
            {
                _ when section != null && section.StartsWith("Bad", StringComparison.OrdinalIgnoreCase) => true,
                _ when section != null && section.StartsWith("Good", StringComparison.OrdinalIgnoreCase) => false,
                _ => null,
            };
            if (bad == null)
            {
                continue;
            }

            string? context = info.Skip(1).FirstOrDefault(i => i.StartsWith("context=", StringComparison.Ordinal))?.Substring("context=".Length);
            string? ignore = info.Skip(1).FirstOrDefault(i => i.StartsWith("dockerignore=", StringComparison.Ordinal))?.Substring("dockerignore=".Length);
            examples.Add(new RuleExample(id, bad.Value, fence.Groups["body"].Value, context?.Split(','), ignore?.Replace(';', '\n')));
        }

        return examples;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dockerfile.Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Dockerfile.Analysis.sln) was not found above the test folder.");
    }
}
