using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>Finds and applies the built-in code fixes.</summary>
public static class CodeFixes
{
    private static readonly Lazy<ImmutableArray<CodeFixProvider>> s_builtIn = new(() => ImmutableArray.Create<CodeFixProvider>(
        new DF1001CodeFixProvider(),
        new DF1002CodeFixProvider(),
        new DF1003CodeFixProvider(),
        new DF2001CodeFixProvider(),
        new DF2101CodeFixProvider(),
        new DF2103CodeFixProvider(),
        new DF2140CodeFixProvider(),
        new DF2141CodeFixProvider(),
        new DF3040CodeFixProvider(),
        new DF5080CodeFixProvider(),
        new DF5081CodeFixProvider(),
        new DF5083CodeFixProvider(),
        new DF5084CodeFixProvider(),
        new DF5085CodeFixProvider()));

    /// <summary>Gets one instance of every built-in code fix provider.</summary>
    public static ImmutableArray<CodeFixProvider> BuiltInProviders => s_builtIn.Value;

    /// <summary>Gets the fixes the built-in providers offer for a diagnostic. A provider that throws offers nothing.</summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The fixes, best first.</returns>
    public static ImmutableArray<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var provider in BuiltInProviders)
        {
            if (!provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            try
            {
                fixes.AddRange(provider.GetFixes(tree, diagnostic));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A broken provider must not stop the others; its diagnostic simply stays unfixed.
            }
        }

        return fixes.ToImmutable();
    }

    /// <summary>
    /// Applies the first fix of every diagnostic that has one, in a deterministic order (position of the fix's first
    /// edit, then rule id, then equivalence key), skipping a fix whose edits overlap edits already taken. Run the
    /// analysis again on the result to fix what was skipped, or use <see cref="FixAll"/>.
    /// </summary>
    /// <param name="tree">The tree the diagnostics were reported on.</param>
    /// <param name="diagnostics">The diagnostics to fix.</param>
    /// <returns>The new text (the same text when nothing was fixed).</returns>
    public static SourceText ApplyAll(DockerfileSyntaxTree tree, IEnumerable<Diagnostic> diagnostics) =>
        ApplyAll(tree, diagnostics, out int _);

    /// <summary>Applies fixes as <see cref="ApplyAll(DockerfileSyntaxTree, IEnumerable{Diagnostic})"/> does and counts them.</summary>
    /// <param name="tree">The tree the diagnostics were reported on.</param>
    /// <param name="diagnostics">The diagnostics to fix.</param>
    /// <param name="appliedCount">How many fixes were applied.</param>
    /// <returns>The new text.</returns>
    public static SourceText ApplyAll(DockerfileSyntaxTree tree, IEnumerable<Diagnostic> diagnostics, out int appliedCount)
    {
        var text = ApplyRound(tree, diagnostics, out var applied);
        appliedCount = applied.Count;
        return text;
    }

    /// <summary>
    /// Fixes a document until nothing is left to fix: each round analyses the text, applies the fixes that do
    /// not overlap (see <see cref="ApplyAll(DockerfileSyntaxTree, IEnumerable{Diagnostic})"/>), and the next round
    /// re-analyses the result to apply what was skipped or what became fixable.
    /// </summary>
    /// <param name="tree">The document.</param>
    /// <param name="options">The analysis options; <see langword="null"/> for the defaults.</param>
    /// <param name="ruleIds">Only fix these rules' diagnostics; <see langword="null"/> or empty for every rule.</param>
    /// <param name="maxRounds">The most rounds to run (at least one).</param>
    /// <returns>The fixed text and the count of fixes applied.</returns>
    public static FixAllResult FixAll(DockerfileSyntaxTree tree, AnalysisOptions? options = null, IReadOnlyCollection<string>? ruleIds = null, int maxRounds = 10)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        return FixAllCore(tree, options, ruleIds, maxRounds, null);
    }

    /// <summary>
    /// Summarises the fixes of a file whose diagnostics are already known (what <c>dfa lint</c> reports): which
    /// diagnostics have a fix, and how many fixes <see cref="FixAll"/> with the same options would apply. The two
    /// counts differ when fixes overlap or one fix makes another unnecessary (joining RUN instructions also removes
    /// the odd casing of the second keyword). The first round reuses <paramref name="diagnostics"/>; later rounds
    /// analyse the fixed text, as <see cref="FixAll"/> does.
    /// </summary>
    /// <param name="tree">The document.</param>
    /// <param name="diagnostics">The document's diagnostics: <see cref="DockerfileAnalysis.Analyze"/> with <paramref name="options"/>.</param>
    /// <param name="options">The analysis options the diagnostics were computed with; <see langword="null"/> for the defaults.</param>
    /// <param name="maxRounds">The most rounds <see cref="FixAll"/> would run.</param>
    /// <returns>Which diagnostics have a fix and how many fixes fix-all would apply.</returns>
    public static FixSummary Summarize(DockerfileSyntaxTree tree, ImmutableArray<Diagnostic> diagnostics, AnalysisOptions? options = null, int maxRounds = 10)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        var hasFix = ImmutableArray.CreateBuilder<bool>(diagnostics.Length);
        int fixable = 0;
        foreach (var diagnostic in diagnostics)
        {
            bool any = GetFixes(tree, diagnostic).Any();
            hasFix.Add(any);
            fixable += any ? 1 : 0;
        }

        // Nothing has a fix: fix-all would stop after its first round without changing anything.
        int fixCount = fixable == 0 ? 0 : FixAllCore(tree, options, null, maxRounds, diagnostics).FixCount;
        return new FixSummary(hasFix.MoveToImmutable(), fixable, fixCount);
    }

    private static FixAllResult FixAllCore(DockerfileSyntaxTree tree, AnalysisOptions? options, IReadOnlyCollection<string>? ruleIds, int maxRounds, ImmutableArray<Diagnostic>? firstRound)
    {
        // Only diagnostics with a fix change the text, and an analyzer's findings do not depend on the other
        // analyzers: the rounds that analyse run only the analyzers that report a fixable id (the same fixes, for
        // about a fifth of the analysis).
        var fixingOptions = FixingOptions(options ?? AnalysisOptions.Default);
        var byRule = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        int total = 0;
        int rounds = 0;
        var current = tree;
        for (int round = 0; round < Math.Max(1, maxRounds); round++)
        {
            var diagnostics = (round == 0 && firstRound.HasValue ? firstRound.Value : DockerfileAnalysis.Analyze(current, fixingOptions))
                .Where(d => ruleIds == null || ruleIds.Count == 0 || ruleIds.Contains(d.Id));
            var before = current.GetText();
            var next = ApplyRound(current, diagnostics, out var applied);
            if (applied.Count == 0 || next.ContentEquals(before))
            {
                break;
            }

            rounds++;
            total += applied.Count;
            foreach (var diagnostic in applied)
            {
                byRule[diagnostic.Id] = byRule.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;
            }

            // One flat text for the next round: the changed text is a composite of hundreds of segments when many
            // fixes applied, and every read of it (the parser, each rule's ToString(span)) would walk them.
            current = DockerfileSyntaxTree.ParseText(SourceText.From(next.ToString(), next.Encoding, next.ChecksumAlgorithm), current.FilePath);
        }

        return new FixAllResult(current.GetText(), total, rounds, byRule.ToImmutable());
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalysisOptions, AnalysisOptions> s_fixingOptions = new();

    private static readonly Lazy<ImmutableHashSet<string>> s_fixableIds = new(() =>
        BuiltInProviders.SelectMany(p => p.FixableDiagnosticIds).ToImmutableHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The options with only the analyzers that report an id some provider fixes (made once per options), and without
    /// ShellCheck, whose findings have no fixes (a round must not start a shellcheck process).
    /// </summary>
    private static AnalysisOptions FixingOptions(AnalysisOptions options) =>
        s_fixingOptions.GetValue(options, o => o.WithAnalyzers(o.EffectiveAnalyzers
            .Where(a => a.SupportedDiagnostics.Any(d => s_fixableIds.Value.Contains(d.Id)))
            .ToImmutableArray()).WithShellCheck(null));

    // One round: the first fix of every diagnostic, in a fixed order (position of the first edit, rule id,
    // equivalence key, then the diagnostic's span), skipping a fix that overlaps one already taken, that repeats
    // one already taken, or that edits a byte order mark.
    private static SourceText ApplyRound(DockerfileSyntaxTree tree, IEnumerable<Diagnostic> diagnostics, out List<Diagnostic> applied)
    {
        var text = tree.GetText();
        int bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var candidates = new List<(Diagnostic Diagnostic, CodeFix Fix, int Start)>();
        foreach (var diagnostic in diagnostics)
        {
            var fix = GetFixes(tree, diagnostic).FirstOrDefault(f => !f.Changes.IsEmpty);
            if (fix != null)
            {
                candidates.Add((diagnostic, fix, fix.Changes.Min(c => c.Span.Start)));
            }
        }

        // The spans taken so far, sorted by start and pairwise disjoint: a new change can only overlap the span that
        // starts at or before it or the one right after, so each check is a binary search (linear overall, where
        // comparing with every span taken made a file with many fixes quadratic). A fix with the same changes as one
        // taken overlaps it, so it is skipped too.
        var takenSpans = new List<TextSpan>();
        var taken = new List<TextChange>();
        applied = new List<Diagnostic>();
        foreach (var (diagnostic, fix, _) in candidates
            .OrderBy(c => c.Start)
            .ThenBy(c => c.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Fix.EquivalenceKey, StringComparer.Ordinal)
            .ThenBy(c => c.Diagnostic.Location.SourceSpan.Start)
            .ThenBy(c => c.Diagnostic.Location.SourceSpan.End))
        {
            if (fix.Changes.Any(c => c.Span.End > text.Length || c.Span.Start < bomLength || OverlapsTaken(takenSpans, c.Span)) || HasInternalOverlap(fix.Changes))
            {
                continue;
            }

            foreach (var change in fix.Changes)
            {
                takenSpans.Insert(FirstStartingAfter(takenSpans, change.Span.Start), change.Span);
            }

            taken.AddRange(fix.Changes);
            applied.Add(diagnostic);
        }

        return taken.Count == 0 ? text : text.WithChanges(taken.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End));
    }

    // The index of the first span in the sorted list that starts after the position.
    private static int FirstStartingAfter(List<TextSpan> spans, int position)
    {
        int lo = 0;
        int hi = spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (spans[mid].Start <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool OverlapsTaken(List<TextSpan> spans, TextSpan span)
    {
        int next = FirstStartingAfter(spans, span.Start);
        return (next > 0 && Overlaps(span, spans[next - 1])) || (next < spans.Count && Overlaps(span, spans[next]));
    }

    private static bool HasInternalOverlap(ImmutableArray<TextChange> changes)
    {
        for (int i = 0; i < changes.Length; i++)
        {
            for (int j = i + 1; j < changes.Length; j++)
            {
                if (Overlaps(changes[i].Span, changes[j].Span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Overlaps(TextSpan a, TextSpan b) =>
        a.Start == b.Start || (a.Start < b.End && b.Start < a.End);
}
