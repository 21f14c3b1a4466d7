using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// A code fix: a title for people, an equivalence key for fix-all, the text edits it makes to the Dockerfile and the
/// changes it makes to other files of the build context (such as <c>.dockerignore</c>).
/// </summary>
public sealed class CodeFix
{
    /// <summary>Creates a fix.</summary>
    /// <param name="title">What the fix does, in plain words.</param>
    /// <param name="equivalenceKey">A key shared by fixes that do the same kind of thing (fix-all groups by it).</param>
    /// <param name="changes">The edits, against the original text, not overlapping.</param>
    public CodeFix(string title, string equivalenceKey, ImmutableArray<TextChange> changes)
        : this(title, equivalenceKey, changes, ImmutableArray<DocumentChange>.Empty)
    {
    }

    /// <summary>Creates a fix that also changes other files of the build context.</summary>
    /// <param name="title">What the fix does, in plain words.</param>
    /// <param name="equivalenceKey">A key shared by fixes that do the same kind of thing (fix-all groups by it).</param>
    /// <param name="changes">The edits to the Dockerfile, against the original text, not overlapping (may be empty).</param>
    /// <param name="documentChanges">The changes to other files, at most one per path.</param>
    public CodeFix(string title, string equivalenceKey, ImmutableArray<TextChange> changes, ImmutableArray<DocumentChange> documentChanges)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        EquivalenceKey = equivalenceKey ?? throw new ArgumentNullException(nameof(equivalenceKey));
        Changes = changes.IsDefault ? ImmutableArray<TextChange>.Empty : changes;
        DocumentChanges = documentChanges.IsDefault ? ImmutableArray<DocumentChange>.Empty : documentChanges;
    }

    /// <summary>Gets what the fix does, in plain words.</summary>
    public string Title { get; }

    /// <summary>Gets the key shared by fixes that do the same kind of thing.</summary>
    public string EquivalenceKey { get; }

    /// <summary>Gets the edits to the Dockerfile, against its original text.</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>Gets the changes to other files of the build context; empty for a fix of the Dockerfile alone.</summary>
    public ImmutableArray<DocumentChange> DocumentChanges { get; }

    /// <summary>Gets whether the fix changes anything, in the Dockerfile or in another file.</summary>
    public bool HasChanges => !Changes.IsEmpty || !DocumentChanges.IsEmpty;

    /// <inheritdoc />
    public override string ToString() => Title;
}
