using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Dockerfile.Fuzz;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>
/// Checks that a fix does not make a file worse: the result reparses without new syntax diagnostics, the fixed
/// diagnostics are gone, no rule reports more than before, line endings and the byte order mark are kept.
/// </summary>
internal static class CodeFixVerifier
{
    /// <summary>Gets options with every rule on, opt-in rules included, so that "no new diagnostics" covers them all.</summary>
    public static AnalysisOptions AllRules { get; } = new()
    {
        EnabledRules = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>Analyzes with every rule on (and the given options' build context, if any).</summary>
    public static ImmutableArray<Diagnostic> Analyze(DockerfileSyntaxTree tree, AnalysisOptions? options = null) => DockerfileAnalysis.Analyze(tree, options ?? AllRules);

    /// <summary>Options with every rule on and a build context.</summary>
    public static AnalysisOptions WithContext(Dockerfile.Analysis.Context.BuildContext? context) =>
        context == null ? AllRules : new AnalysisOptions { EnabledRules = AllRules.EnabledRules, BuildContext = context };

    /// <summary>Applies one fix and verifies the result; returns the fixed text.</summary>
    public static string VerifyFix(DockerfileSyntaxTree tree, Diagnostic diagnostic, CodeFix fix, string label, AnalysisOptions? options = null)
    {
        Assert.That(fix.HasChanges, Is.True, $"{label}: the fix has no edits");
        Assert.That(fix.Title, Does.Match("^[A-Z]").And.Not.EndWith("."), $"{label}: the title is capitalised and has no final period");
        string before = tree.GetText().ToString();
        string after = tree.GetText().WithChanges(fix.Changes).ToString();
        var problems = FixInvariants.FindRegressions(
            before, after, new Dictionary<string, int> { [diagnostic.Id] = 1 }, options ?? AllRules, label + " (" + fix.Title + ")",
            afterOptions: FixInvariants.WithDocuments(options ?? AllRules, fix.DocumentChanges));
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
        return after;
    }

    /// <summary>Verifies a fixed text against the original.</summary>
    /// <param name="before">The original text.</param>
    /// <param name="after">The fixed text.</param>
    /// <param name="fixedCounts">How many diagnostics of each id were fixed (each must be gone).</param>
    /// <param name="label">Names the case in messages.</param>
    /// <param name="options">The analysis options (a build context); every rule on when null.</param>
    public static void VerifyNotWorse(string before, string after, IReadOnlyDictionary<string, int> fixedCounts, string label, AnalysisOptions? options = null)
    {
        // The same checks as the fuzz harness's fixall target (fuzz/Dockerfile.Fuzz/Checks/FixInvariants.cs).
        var problems = FixInvariants.FindRegressions(before, after, fixedCounts, options ?? AllRules, label);
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }
}
