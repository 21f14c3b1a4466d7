using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>The outcome of a rename: the text changes, or why there are none.</summary>
public sealed class RenameResult
{
    internal RenameResult(ImmutableArray<TextChange> changes, string? error)
    {
        Changes = changes;
        Error = error;
    }

    /// <summary>Gets the changes to apply, in document order, not overlapping; empty when <see cref="Error"/> is set.</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>Gets why the rename cannot be done (nothing to rename there, an invalid new name), or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Gets a value indicating whether the rename can be done.</summary>
    public bool Succeeded => Error is null;
}
