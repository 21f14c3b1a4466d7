using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>A top-level entry of the build context (a file or a folder) as <see cref="BuildContextUsage"/> sees it.</summary>
public sealed class ContextEntry
{
    internal ContextEntry(string name, bool isDirectory, int fileCount, long bytes, ImmutableArray<InstructionSyntax> usedBy, bool isBuildFile)
    {
        Name = name;
        IsDirectory = isDirectory;
        FileCount = fileCount;
        Bytes = bytes;
        UsedBy = usedBy;
        IsBuildFile = isBuildFile;
    }

    /// <summary>Gets the entry's name, relative to the context root (one segment).</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the entry is a folder.</summary>
    public bool IsDirectory { get; }

    /// <summary>Gets the number of files the builder receives from it (after .dockerignore).</summary>
    public int FileCount { get; }

    /// <summary>Gets their total size in bytes.</summary>
    public long Bytes { get; }

    /// <summary>Gets the instructions that copy or bind-mount files of it, in file order.</summary>
    public ImmutableArray<InstructionSyntax> UsedBy { get; }

    /// <summary>Gets a value indicating whether the entry is (or holds) the Dockerfile or the ignore file, which the builder reads itself.</summary>
    public bool IsBuildFile { get; }

    /// <summary>Gets a value indicating whether an instruction uses the entry or the builder reads it.</summary>
    public bool IsUsed => !UsedBy.IsEmpty || IsBuildFile;

    /// <inheritdoc />
    public override string ToString() => Name + (IsDirectory ? "/" : string.Empty);
}
