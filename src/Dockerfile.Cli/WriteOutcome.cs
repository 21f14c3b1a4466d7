namespace Dockerfile.Cli;

/// <summary>What <see cref="AtomicFileWriter.Write"/> did.</summary>
internal enum WriteOutcome
{
    /// <summary>The new text replaced the file.</summary>
    Written,

    /// <summary>The file changed on disk after it was read; it was left as it is.</summary>
    ChangedOnDisk,

    /// <summary>Nothing was written; the error says why.</summary>
    Failed,
}
