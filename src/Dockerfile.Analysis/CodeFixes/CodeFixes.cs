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
        new DF2001CodeFixProvider()));

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
    /// Applies the first fix of every diagnostic that has one, in order of position, skipping a fix whose
    /// edits overlap edits already taken. Run the analysis again on the result to fix what was skipped.
    /// </summary>
    /// <param name="tree">The tree the diagnostics were reported on.</param>
    /// <param name="diagnostics">The diagnostics to fix.</param>
    /// <returns>The new text (the same text when nothing was fixed).</returns>
    public static SourceText ApplyAll(DockerfileSyntaxTree tree, IEnumerable<Diagnostic> diagnostics) =>
        ApplyAll(tree, diagnostics, out _);

    /// <summary>Applies fixes as <see cref="ApplyAll(DockerfileSyntaxTree, IEnumerable{Diagnostic})"/> does and counts them.</summary>
    /// <param name="tree">The tree the diagnostics were reported on.</param>
    /// <param name="diagnostics">The diagnostics to fix.</param>
    /// <param name="appliedCount">How many fixes were applied.</param>
    /// <returns>The new text.</returns>
    public static SourceText ApplyAll(DockerfileSyntaxTree tree, IEnumerable<Diagnostic> diagnostics, out int appliedCount)
    {
        var taken = new List<TextChange>();
        appliedCount = 0;
        var ordered = diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var diagnostic in ordered)
        {
            var fix = GetFixes(tree, diagnostic).FirstOrDefault();
            if (fix == null || fix.Changes.IsEmpty)
            {
                continue;
            }

            if (fix.Changes.Any(c => taken.Any(t => Overlaps(c.Span, t.Span))) || HasInternalOverlap(fix.Changes))
            {
                continue;
            }

            taken.AddRange(fix.Changes);
            appliedCount++;
        }

        var text = tree.GetText();
        return taken.Count == 0 ? text : text.WithChanges(taken.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End));
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
