using System;
using System.Collections.Immutable;
using System.IO;
using System.Security.Cryptography;

namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// A file as it was read: its length, modification time and a SHA-256 of its bytes, so that a front end that writes
/// the file back can tell whether it changed since (<see cref="Matches"/>).
/// </summary>
public sealed class FileSnapshot
{
    private readonly byte[] _hash;

    private FileSnapshot(long length, DateTime lastWriteTimeUtc, byte[] hash)
    {
        Length = length;
        LastWriteTimeUtc = lastWriteTimeUtc;
        _hash = hash;
    }

    /// <summary>Gets the length of the file, in bytes, when it was read.</summary>
    public long Length { get; }

    /// <summary>Gets the modification time of the file (of its final target, for a symbolic link), taken just before it was read.</summary>
    public DateTime LastWriteTimeUtc { get; }

    /// <summary>Gets the SHA-256 of the bytes read.</summary>
    public ImmutableArray<byte> Sha256 => ImmutableArray.Create(_hash);

    /// <summary>
    /// Reads a file's bytes and remembers them. The time is taken before reading, so a change made during the read
    /// is seen by a later <see cref="Matches"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="bytes">The bytes read.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="IOException">The file cannot be read (and the other exceptions of <see cref="File.ReadAllBytes"/>).</exception>
    public static FileSnapshot Read(string path, out byte[] bytes)
    {
        DateTime modified = new FileInfo(TargetOf(path)).LastWriteTimeUtc;
        bytes = File.ReadAllBytes(path);
        return new FileSnapshot(bytes.Length, modified, Hash(bytes));
    }

    /// <summary>Whether the file on disk still has the length, modification time and content it had when read.</summary>
    /// <param name="path">The file (a symbolic link is followed for the time, as when it was read).</param>
    /// <returns><see langword="true"/> when nothing changed; <see langword="false"/> when it changed or is gone.</returns>
    public bool Matches(string path)
    {
        var info = new FileInfo(TargetOf(path));
        if (!info.Exists || info.Length != Length || info.LastWriteTimeUtc != LastWriteTimeUtc)
        {
            return false;
        }

        byte[] hash = Hash(File.ReadAllBytes(path));
        if (hash.Length != _hash.Length)
        {
            return false;
        }

        for (int i = 0; i < hash.Length; i++)
        {
            if (hash[i] != _hash[i])
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] Hash(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(bytes);
    }

    /// <summary>The final target of a symbolic link (.NET gives a link's own time), else the file itself.</summary>
    private static string TargetOf(string path)
    {
        string full = Path.GetFullPath(path);
#if NET
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
#else
        return full;
#endif
    }
}
