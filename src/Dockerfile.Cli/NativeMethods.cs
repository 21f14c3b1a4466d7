using System.Runtime.InteropServices;

namespace Dockerfile.Cli;

/// <summary>The few C library calls .NET has no API for (a file's owner, group and identity); used on Linux only.</summary>
internal static class NativeMethods
{
    /// <summary><c>AT_FDCWD</c>: paths are relative to the current folder.</summary>
    public const int CurrentFolder = -100;

    /// <summary><c>AT_SYMLINK_NOFOLLOW</c>.</summary>
    public const int NoFollow = 0x100;

    /// <summary><c>STATX_BASIC_STATS</c>.</summary>
    public const uint BasicStats = 0x7ff;

    /// <summary>The size of <c>struct statx</c>.</summary>
    public const int StatxSize = 256;

    /// <summary><c>statx(2)</c>; <paramref name="path"/> is NUL-terminated UTF-8 and <paramref name="buffer"/> receives <c>struct statx</c>.</summary>
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(int folder, byte[] path, int flags, uint mask, byte[] buffer);

    /// <summary><c>chown(2)</c>; <paramref name="path"/> is NUL-terminated UTF-8.</summary>
    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    public static extern int Chown(byte[] path, uint owner, uint group);
}
