namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// What loading a Dockerfile gave: the document, or the error that stopped it from being read; and, for
/// <see cref="DocumentLoadMode.ForWriting"/>, a snapshot of the file to check before writing it back.
/// </summary>
public sealed class DocumentLoadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="document">The document, or <see langword="null"/> when it could not be loaded.</param>
    /// <param name="error">Why it could not be loaded, or <see langword="null"/>.</param>
    /// <param name="snapshot">The file as read, for <see cref="DocumentLoadMode.ForWriting"/>.</param>
    public DocumentLoadResult(DockerfileDocument? document, DocumentLoadError? error, FileSnapshot? snapshot = null)
    {
        Document = document;
        Error = error;
        FileSnapshot = snapshot;
    }

    /// <summary>Gets the document, or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public DockerfileDocument? Document { get; }

    /// <summary>Gets why the document could not be loaded, or <see langword="null"/>.</summary>
    public DocumentLoadError? Error { get; }

    /// <summary>Gets the file's length, time and hash as read, when it was loaded <see cref="DocumentLoadMode.ForWriting"/>; otherwise <see langword="null"/>.</summary>
    public FileSnapshot? FileSnapshot { get; }

    /// <summary>Gets a value indicating whether the document was loaded.</summary>
    public bool Succeeded => Document != null;
}
