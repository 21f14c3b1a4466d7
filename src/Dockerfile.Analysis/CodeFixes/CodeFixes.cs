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
        new DF2004CodeFixProvider(),
        new DF2101CodeFixProvider(),
        new DF2103CodeFixProvider(),
        new DF2140CodeFixProvider(),
        new DF2141CodeFixProvider(),
        new DF3040CodeFixProvider(),
        new DF4004CodeFixProvider(),
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
    public static ImmutableArray<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic) =>
        GetFixes(tree, diagnostic, null);

    /// <summary>
    /// Gets the fixes the built-in providers offer for a diagnostic, given the options it was analysed with: fixes that
    /// read the build context or change its files (the <c>.dockerignore</c> fix) need them. A provider that throws offers nothing.
    /// </summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="options">The options of the analysis that reported it; <see langword="null"/> for the defaults (no build context).</param>
    /// <returns>The fixes, best first.</returns>
    public static ImmutableArray<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic, AnalysisOptions? options)
    {
        var effective = options ?? AnalysisOptions.Default;
        var fixes = ImmutableArray.CreateBuilder<CodeFix>();
        foreach (var provider in BuiltInProviders)
        {
            if (!provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            try
            {
                fixes.AddRange(provider.GetFixes(tree, diagnostic, effective));
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
        // Without options there is no build context, so no fix changes another file.
        var text = ApplyRound(tree, diagnostics, AnalysisOptions.Default, new Dictionary<string, SourceText>(), out var applied, out _);
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
            bool any = GetFixes(tree, diagnostic, options).Any(f => f.HasChanges);
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
        var currentOptions = options ?? AnalysisOptions.Default;
        var byRule = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        int total = 0;
        int rounds = 0;
        var current = tree;

        // The other files the fixes changed, in the order first changed: the text the first fix read (null for a new
        // file) and the text now. Each round analyses with the context as the fixes left it, so a fix that wrote the
        // .dockerignore sees its own lines and is not offered again.
        var documents = new Dictionary<string, (SourceText? Original, SourceText Current)>(StringComparer.Ordinal);
        var documentOrder = new List<string>();
        for (int round = 0; round < Math.Max(1, maxRounds); round++)
        {
            var fixingOptions = FixingOptions(currentOptions);
            var diagnostics = (round == 0 && firstRound.HasValue ? firstRound.Value : DockerfileAnalysis.Analyze(current, fixingOptions))
                .Where(d => ruleIds == null || ruleIds.Count == 0 || ruleIds.Contains(d.Id));
            var before = current.GetText();
            var currentTexts = documents.ToDictionary(p => p.Key, p => p.Value.Current, StringComparer.Ordinal);
            var next = ApplyRound(current, diagnostics, fixingOptions, currentTexts, out var applied, out var documentChanges);
            if (applied.Count == 0 || (next.ContentEquals(before) && documentChanges.Count == 0))
            {
                break;
            }

            rounds++;
            total += applied.Count;
            foreach (var diagnostic in applied)
            {
                byRule[diagnostic.Id] = byRule.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;
            }

            if (documentChanges.Count > 0 && currentOptions.BuildContext is { } context)
            {
                foreach (var change in documentChanges)
                {
                    if (documents.TryGetValue(change.Path, out var known))
                    {
                        documents[change.Path] = (known.Original, change.NewText);
                    }
                    else
                    {
                        documents[change.Path] = (change.OriginalText, change.NewText);
                        documentOrder.Add(change.Path);
                    }

                    context = context.WithFileText(change.Path, change.NewText.ToString());
                }

                currentOptions = currentOptions.WithBuildContext(context);
            }

            // One flat text for the next round: the changed text is a composite of hundreds of segments when many
            // fixes applied, and every read of it (the parser, each rule's ToString(span)) would walk them.
            if (!next.ContentEquals(before))
            {
                current = DockerfileSyntaxTree.ParseText(SourceText.From(next.ToString(), next.Encoding, next.ChecksumAlgorithm), current.FilePath);
            }
        }

        var changes = documentOrder
            .Select(path => documents[path] is var d && d.Original is { } original
                ? DocumentChange.EditDocument(path, original, ImmutableArray.Create(Difference(original, d.Current)))
                : DocumentChange.CreateDocument(path, documents[path].Current))
            .ToImmutableArray();
        return new FixAllResult(current.GetText(), total, rounds, byRule.ToImmutable()) { DocumentChanges = changes };
    }

    // One edit that turns `original` into `changed`: the middle between their common start and common end.
    private static TextChange Difference(SourceText original, SourceText changed)
    {
        string a = original.ToString();
        string b = changed.ToString();
        int prefix = 0;
        int most = Math.Min(a.Length, b.Length);
        while (prefix < most && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < most - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextChange(new TextSpan(prefix, a.Length - prefix - suffix), b.Substring(prefix, b.Length - prefix - suffix));
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
    // A fix that changes another file is skipped when a fix taken in the round changed that file already, or when the
    // file is no longer what the fix read (the next round offers it again against the new text).
    private static SourceText ApplyRound(
        DockerfileSyntaxTree tree,
        IEnumerable<Diagnostic> diagnostics,
        AnalysisOptions options,
        IReadOnlyDictionary<string, SourceText> documents,
        out List<Diagnostic> applied,
        out List<DocumentChange> documentChanges)
    {
        var text = tree.GetText();
        int bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var candidates = new List<(Diagnostic Diagnostic, CodeFix Fix, int Start)>();
        foreach (var diagnostic in diagnostics)
        {
            var fix = GetFixes(tree, diagnostic, options).FirstOrDefault(f => f.HasChanges);
            if (fix != null)
            {
                candidates.Add((diagnostic, fix, fix.Changes.IsEmpty ? int.MaxValue : fix.Changes.Min(c => c.Span.Start)));
            }
        }

        var changedPaths = new HashSet<string>(StringComparer.Ordinal);
        documentChanges = new List<DocumentChange>();

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

            if (fix.DocumentChanges.Any(d => changedPaths.Contains(d.Path) || IsStale(d, documents)) ||
                fix.DocumentChanges.Select(d => d.Path).Distinct(StringComparer.Ordinal).Count() != fix.DocumentChanges.Length)
            {
                continue;
            }

            foreach (var change in fix.DocumentChanges)
            {
                changedPaths.Add(change.Path);
                documentChanges.Add(change);
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

    // Whether a change was computed against another text than the file has now (after the earlier rounds' changes).
    private static bool IsStale(DocumentChange change, IReadOnlyDictionary<string, SourceText> documents) =>
        documents.TryGetValue(change.Path, out var now) && (change.IsNewDocument || !change.OriginalText!.ContentEquals(now));

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
