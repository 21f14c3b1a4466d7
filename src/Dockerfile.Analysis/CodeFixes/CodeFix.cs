using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>A code fix: a title for people, an equivalence key for fix-all, and the text edits it makes.</summary>
public sealed class CodeFix
{
    /// <summary>Creates a fix.</summary>
    /// <param name="title">What the fix does, in plain words.</param>
    /// <param name="equivalenceKey">A key shared by fixes that do the same kind of thing (fix-all groups by it).</param>
    /// <param name="changes">The edits, against the original text, not overlapping.</param>
    public CodeFix(string title, string equivalenceKey, ImmutableArray<TextChange> changes)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        EquivalenceKey = equivalenceKey ?? throw new ArgumentNullException(nameof(equivalenceKey));
        Changes = changes.IsDefault ? ImmutableArray<TextChange>.Empty : changes;
    }

    /// <summary>Gets what the fix does, in plain words.</summary>
    public string Title { get; }

    /// <summary>Gets the key shared by fixes that do the same kind of thing.</summary>
    public string EquivalenceKey { get; }

    /// <summary>Gets the edits against the original text.</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <inheritdoc />
    public override string ToString() => Title;
}
