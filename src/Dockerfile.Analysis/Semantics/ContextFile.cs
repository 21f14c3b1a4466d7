namespace Dockerfile.Analysis.Semantics;

/// <summary>A file of the build context and its size.</summary>
public sealed class ContextFile
{
    internal ContextFile(string path, long bytes)
    {
        Path = path;
        Bytes = bytes;
    }

    /// <summary>Gets the path relative to the context root, with <c>/</c> separators.</summary>
    public string Path { get; }

    /// <summary>Gets the size in bytes (0 when unknown).</summary>
    public long Bytes { get; }

    /// <inheritdoc />
    public override string ToString() => Path;
}
