using System.Collections.Immutable;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>The outcome of <see cref="CodeFixes.Summarize"/>: which diagnostics have a fix and what fix-all would do.</summary>
/// <param name="HasFix">For each diagnostic, in the order given, whether a built-in provider offers a fix for it.</param>
/// <param name="FixableCount">How many diagnostics have a fix.</param>
/// <param name="FixCount">
/// How many fixes <see cref="CodeFixes.FixAll"/> would apply with the same options: fewer than
/// <paramref name="FixableCount"/> when fixes overlap or one makes another unnecessary, more when fixing reveals
/// new fixable diagnostics.
/// </param>
public sealed record FixSummary(ImmutableArray<bool> HasFix, int FixableCount, int FixCount);
