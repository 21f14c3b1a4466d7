using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>The outcome of <see cref="CodeFixes.FixAll"/>: the fixed text and what was applied.</summary>
/// <param name="Text">The fixed text (the original text when nothing was fixed).</param>
/// <param name="FixCount">How many fixes were applied, over all rounds.</param>
/// <param name="Rounds">How many rounds applied at least one fix.</param>
/// <param name="FixesByRule">How many fixes were applied per diagnostic id.</param>
public sealed record FixAllResult(SourceText Text, int FixCount, int Rounds, ImmutableSortedDictionary<string, int> FixesByRule)
{
    /// <summary>
    /// Gets the changes the fixes made to other files of the build context, one per file, each against the file as the
    /// first fix read it (or creating it); empty when only the Dockerfile changed.
    /// </summary>
    public ImmutableArray<DocumentChange> DocumentChanges { get; init; } = ImmutableArray<DocumentChange>.Empty;
}
