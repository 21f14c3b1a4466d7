using System;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// The edits that silence a finding instead of fixing it, in the forms the suppression reader of the analysis
/// honours: a <c># dfa ignore=ID</c> comment on the line above, or the rule's BuildKit check name added to the file's
/// <c># check=skip=</c> directive.
/// </summary>
public static class SuppressionEdits
{
    /// <summary>Gets the edit that puts <c># dfa ignore=ID</c> on its own line above the finding's line, indented like it.</summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>The insertion.</returns>
    public static TextChange IgnoreComment(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        var text = tree.GetText();
        var line = text.Lines.GetLineFromPosition(Math.Min(diagnostic.Location.SourceSpan.Start, text.Length));
        int indent = line.Start;
        while (indent < line.End && (text[indent] == ' ' || text[indent] == '\t'))
        {
            indent++;
        }

        string newline = line.EndIncludingLineBreak > line.End ? text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak)) : "\n";
        return new TextChange(new TextSpan(line.Start, 0), text.ToString(TextSpan.FromBounds(line.Start, indent)) + "# dfa ignore=" + diagnostic.Id + newline);
    }

    /// <summary>
    /// Gets the edit that adds the rule's BuildKit check name to the <c># check=</c> directive (to its <c>skip=</c> list,
    /// or as a new <c>skip=</c> key), or writes <c># check=skip=Name</c> as the file's first line when it has none.
    /// </summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>The edit, or <see langword="null"/> when the rule has no BuildKit equivalent.</returns>
    public static TextChange? CheckSkip(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        var info = RuleCatalog.Find(diagnostic.Id);
        if (info is null || info.BuildKitEquivalents.IsDefaultOrEmpty)
        {
            return null;
        }

        string name = info.BuildKitEquivalents[0];
        var existing = tree.GetRoot().Directives.FirstOrDefault(d => d.Name == "check");
        if (existing is null)
        {
            var text = tree.GetText();
            string newline = text.Lines.Count > 0 && text.Lines[0].EndIncludingLineBreak - text.Lines[0].End == 2 ? "\r\n" : "\n";
            return new TextChange(new TextSpan(0, 0), "# check=skip=" + name + newline);
        }

        // BuildKit reads the value up to its first space, as `key=value` parts separated by ';' with the keys skip,
        // error and experimental (trimmed, exact case); any other part makes BuildKit reject the directive, and then
        // no edit of ours could make it skip anything.
        var valueToken = existing.ValueToken;
        string value = valueToken.Text;
        int leading = value.Length - value.TrimStart().Length;
        int effectiveEnd = value.IndexOf(' ', leading);
        if (effectiveEnd < 0)
        {
            effectiveEnd = value.TrimEnd().Length;
        }

        if (effectiveEnd <= leading)
        {
            return new TextChange(new TextSpan(valueToken.Span.Start + leading, 0), "skip=" + name);
        }

        int? skipEnd = null;
        int partStart = leading;
        while (partStart <= effectiveEnd)
        {
            int partEnd = value.IndexOf(';', partStart, effectiveEnd - partStart);
            if (partEnd < 0)
            {
                partEnd = effectiveEnd;
            }

            int eq = value.IndexOf('=', partStart, partEnd - partStart);
            string key = eq < 0 ? string.Empty : value.Substring(partStart, eq - partStart).Trim();
            if (key is not ("skip" or "error" or "experimental"))
            {
                return null;
            }

            if (key == "skip")
            {
                if (value.Substring(eq + 1, partEnd - eq - 1).Trim() == "all")
                {
                    return null; // every check is skipped already
                }

                skipEnd ??= partEnd;
            }

            partStart = partEnd + 1;
        }

        if (skipEnd is { } end)
        {
            bool empty = value.Substring(value.LastIndexOf('=', end - 1) + 1, end - value.LastIndexOf('=', end - 1) - 1).Trim().Length == 0;
            return new TextChange(new TextSpan(valueToken.Span.Start + end, 0), (empty ? string.Empty : ",") + name);
        }

        return new TextChange(new TextSpan(valueToken.Span.Start + effectiveEnd, 0), ";skip=" + name);
    }
}
