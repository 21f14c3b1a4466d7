namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// Why a Dockerfile (or a configuration file) could not be loaded: it cannot be read, it is not UTF-8 text (with the
/// position of the first bad byte), or it is UTF-16 or UTF-32 text (named). Front ends print it in their own format.
/// </summary>
public sealed class DocumentLoadError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The file, as the caller named it.</param>
    /// <param name="message">What is wrong, without the path or position.</param>
    /// <param name="line">The one-based line of the problem, or <see langword="null"/> when it is not at a position.</param>
    /// <param name="column">The one-based column (in bytes for undecodable text, in characters otherwise), or <see langword="null"/>.</param>
    public DocumentLoadError(string path, string message, int? line = null, int? column = null)
    {
        Path = path;
        Message = message;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the file, as the caller named it (the path given to the load method, not its full path).</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, such as <c>not UTF-8 text (byte 0xFF); save the file as UTF-8</c>.</summary>
    public string Message { get; }

    /// <summary>Gets the one-based line of the problem, or <see langword="null"/> when it is not at a position.</summary>
    public int? Line { get; }

    /// <summary>Gets the one-based column of the problem, or <see langword="null"/> when it is not at a position.</summary>
    public int? Column { get; }

    /// <summary>Returns <c>path:line:column: message</c>, or <c>path: message</c> without a position.</summary>
    /// <returns>The error as one line.</returns>
    public override string ToString() => Line is { } line
        ? $"{Path}:{line}:{Column ?? 1}: {Message}"
        : $"{Path}: {Message}";
}
