using System;
using System.IO;
using System.Security.Cryptography;

namespace Dockerfile.Cli;

/// <summary>A file as it was read: its length, modification time and a SHA-256 of its bytes, to tell whether it changed since.</summary>
internal sealed class FileSnapshot
{
    private readonly byte[] _hash;

    private FileSnapshot(long length, DateTime modifiedUtc, byte[] hash)
    {
        Length = length;
        ModifiedUtc = modifiedUtc;
        _hash = hash;
    }

    public long Length { get; }

    public DateTime ModifiedUtc { get; }

    /// <summary>Reads a file's bytes and remembers them (the time is taken before reading, so a change during the read is seen later).</summary>
    public static FileSnapshot Read(string path, out byte[] bytes)
    {
        // The target's time: .NET gives a symbolic link's own.
        DateTime modified = new FileInfo(AtomicFileWriter.TargetOf(path)).LastWriteTimeUtc;
        bytes = File.ReadAllBytes(path);
        return new FileSnapshot(bytes.Length, modified, SHA256.HashData(bytes));
    }

    /// <summary>Whether the file on disk still has the length, time and content it had when read.</summary>
    /// <param name="target">The file itself, not a symbolic link to it.</param>
    public bool Matches(string target)
    {
        var info = new FileInfo(target);
        if (!info.Exists || info.Length != Length || info.LastWriteTimeUtc != ModifiedUtc)
        {
            return false;
        }

        return SHA256.HashData(File.ReadAllBytes(target)).AsSpan().SequenceEqual(_hash);
    }
}
