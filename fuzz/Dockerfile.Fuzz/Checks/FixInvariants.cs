using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Fuzz;

/// <summary>
/// What a fix must never do, shared by the fix tests (<c>CodeFixVerifier</c>, <c>FixAllPropertyTests</c>) and the
/// <c>fixall</c> fuzz target: the result reparses to the same text, no diagnostic id is reported more often than
/// before less what was fixed (DF2140 may gain one per DF2101 fix, which lengthens a RUN and can split a group), a fixed diagnostic was reported, the byte order mark and the line-ending style stay,
/// and a second fix-all changes nothing.
/// </summary>
internal static class FixInvariants
{
    /// <summary>Lists how a fixed text is worse than the original (empty when it is not).</summary>
    /// <param name="before">The original text.</param>
    /// <param name="after">The fixed text.</param>
    /// <param name="fixedCounts">How many diagnostics of each id were fixed (each must be gone).</param>
    /// <param name="options">The analysis options both texts are analysed with (every rule on, as a rule).</param>
    /// <param name="label">Names the case in messages.</param>
    /// <returns>One message per broken invariant.</returns>
    /// <param name="runsLengthened">How many RUNs a fix may have lengthened (DF2101 fixes); by default the DF2101 count of <paramref name="fixedCounts"/>.</param>
    public static List<string> FindRegressions(string before, string after, IReadOnlyDictionary<string, int> fixedCounts, AnalysisOptions options, string label, int? runsLengthened = null, AnalysisOptions? afterOptions = null)
    {
        var problems = new List<string>();
        var beforeCounts = Count(DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(before), options));
        var afterTree = DockerfileSyntaxTree.ParseText(after);
        if (afterTree.ToString() != after)
        {
            problems.Add($"{label}: round trip: the fixed text does not reparse to itself");
        }

        var afterCounts = Count(DockerfileAnalysis.Analyze(afterTree, afterOptions ?? options));
        // DF2140 (hadolint's DL3059) groups only RUNs of at most two commands, so a fix that lengthens a RUN
        // (DF2101 appends `&& rm -rf /var/lib/apt/lists/*`) may split one group in two: at most one more DF2140
        // per such fix, reported or fixed in a later round, each right for the new text.
        int lengthenedRuns = runsLengthened ?? (fixedCounts.TryGetValue("DF2101", out int lengthened) ? lengthened : 0);
        foreach (var (id, count) in afterCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int was = beforeCounts.TryGetValue(id, out int n) ? n : 0;
            int fixedHere = fixedCounts.TryGetValue(id, out int f) ? f : 0;
            int splitsAllowed = id == "DF2140" ? lengthenedRuns : 0;
            if (count > was - fixedHere + splitsAllowed)
            {
                problems.Add($"{label}: {id} reported {count} times after the fix, {was} before, {fixedHere} fixed\n--- after ---\n{after}");
            }
        }

        foreach (var (id, fixedHere) in fixedCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int was = beforeCounts.TryGetValue(id, out int n) ? n : 0;
            if (was + (id == "DF2140" ? lengthenedRuns : 0) < fixedHere)
            {
                problems.Add($"{label}: {fixedHere} {id} fixed but only {was} reported");
            }
        }

        if (after.StartsWith("\uFEFF", StringComparison.Ordinal) != before.StartsWith("\uFEFF", StringComparison.Ordinal))
        {
            problems.Add($"{label}: the byte order mark changed");
        }

        bool hadCrlf = before.IndexOf("\r\n", StringComparison.Ordinal) >= 0;
        bool hadLf = before.Replace("\r\n", string.Empty).IndexOf('\n') >= 0;
        if (hadCrlf && !hadLf && after.Replace("\r\n", string.Empty).IndexOf('\n') >= 0)
        {
            problems.Add($"{label}: an LF line ending appeared in a CRLF file");
        }

        if (hadLf && !hadCrlf && after.IndexOf("\r\n", StringComparison.Ordinal) >= 0)
        {
            problems.Add($"{label}: a CRLF line ending appeared in an LF file");
        }

        return problems;
    }

    /// <summary>
    /// Fixes a text with <see cref="Fixes.FixAll"/> and lists every broken invariant: a text changed with no fix
    /// applied, <see cref="FindRegressions"/> on the result, and a second fix-all that applies or changes anything.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="options">The analysis options (every rule on, as a rule).</param>
    /// <param name="label">Names the case in messages.</param>
    /// <param name="result">What the first fix-all did.</param>
    /// <returns>One message per broken invariant.</returns>
    public static List<string> CheckFixAll(string text, AnalysisOptions options, string label, out FixAllResult result)
    {
        result = Fixes.FixAll(DockerfileSyntaxTree.ParseText(text), options);
        string after = result.Text.ToString();
        if (result.FixCount == 0)
        {
            return after == text ? new List<string>() : new List<string> { $"{label}: no fix applied but the text changed" };
        }

        // Fixes that wrote other files (the .dockerignore) are judged with the context as they left it.
        var afterOptions = WithDocuments(options, result.DocumentChanges);
        var problems = FindRegressions(text, after, result.FixesByRule, options, label, afterOptions: afterOptions);
        var again = Fixes.FixAll(DockerfileSyntaxTree.ParseText(after), afterOptions);
        if (again.FixCount != 0)
        {
            problems.Add($"{label}: a second fix-all applied {again.FixCount} more fixes ({string.Join(", ", again.FixesByRule.Select(kv => kv.Key + ": " + kv.Value))})\n--- after the first ---\n{after}");
        }

        if (again.Text.ToString() != after)
        {
            problems.Add($"{label}: a second fix-all changed the file");
        }

        return problems;
    }

    /// <summary>The options with the build context as the document changes leave it (the same options when there are none).</summary>
    public static AnalysisOptions WithDocuments(AnalysisOptions options, IEnumerable<DocumentChange> changes)
    {
        var context = options.BuildContext;
        foreach (var change in changes)
        {
            context = context?.WithFileText(change.Path, change.NewText.ToString());
        }

        return ReferenceEquals(context, options.BuildContext) ? options : new AnalysisOptions
        {
            BuildContext = context,
            EnabledRules = options.EnabledRules,
            Configuration = options.Configuration,
            Target = options.Target,
            BuildArguments = options.BuildArguments,
        };
    }

    private static Dictionary<string, int> Count(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
