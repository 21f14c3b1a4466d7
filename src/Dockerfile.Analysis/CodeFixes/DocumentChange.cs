using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// A change a fix makes to a file other than the Dockerfile, such as the build context's <c>.dockerignore</c>: edits
/// to a file as the analysis read it, or a file to create. Hosts write it with the same care as the Dockerfile and
/// refuse it when the file on disk is no longer what the fix was computed against (see <see cref="OriginalText"/>).
/// </summary>
public sealed class DocumentChange
{
    private DocumentChange(string path, SourceText? originalText, ImmutableArray<TextChange> changes, SourceText newText)
    {
        Path = path;
        OriginalText = originalText;
        Changes = changes;
        NewText = newText;
    }

    /// <summary>Gets the file's path, relative to the build context's root, with <c>/</c> separators.</summary>
    public string Path { get; }

    /// <summary>Gets whether the fix creates the file: it must not exist when the change is written.</summary>
    public bool IsNewDocument => OriginalText is null;

    /// <summary>
    /// Gets the file's text as the fix read it; <see langword="null"/> for a new file. A host writes the change only
    /// while the file still has this text.
    /// </summary>
    public SourceText? OriginalText { get; }

    /// <summary>Gets the edits against <see cref="OriginalText"/> (for a new file, one insertion of its whole text).</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>Gets the file's text after the change.</summary>
    public SourceText NewText { get; }

    /// <summary>Creates the change that makes a new file.</summary>
    /// <param name="path">The file, relative to the build context's root, with <c>/</c> separators.</param>
    /// <param name="text">The new file's text.</param>
    /// <returns>The change.</returns>
    public static DocumentChange CreateDocument(string path, SourceText text)
    {
        CheckPath(path);
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return new DocumentChange(path, null, ImmutableArray.Create(new TextChange(new TextSpan(0, 0), text.ToString())), text);
    }

    /// <summary>Creates the change that edits an existing file.</summary>
    /// <param name="path">The file, relative to the build context's root, with <c>/</c> separators.</param>
    /// <param name="originalText">The file's text as the fix read it.</param>
    /// <param name="changes">The edits against <paramref name="originalText"/>, not overlapping.</param>
    /// <returns>The change.</returns>
    public static DocumentChange EditDocument(string path, SourceText originalText, ImmutableArray<TextChange> changes)
    {
        CheckPath(path);
        if (originalText is null)
        {
            throw new ArgumentNullException(nameof(originalText));
        }

        var edits = changes.IsDefault ? ImmutableArray<TextChange>.Empty : changes;
        return new DocumentChange(path, originalText, edits, originalText.WithChanges(edits));
    }

    /// <inheritdoc />
    public override string ToString() => (IsNewDocument ? "create " : "edit ") + Path;

    private static void CheckPath(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new ArgumentException("A document change needs a path.", nameof(path));
        }

        if (path.StartsWith("/", StringComparison.Ordinal) || path.IndexOf('\\') >= 0 || Array.IndexOf(path.Split('/'), "..") >= 0)
        {
            throw new ArgumentException("The path must be relative to the build context's root, with / separators, and stay inside it.", nameof(path));
        }
    }
}
