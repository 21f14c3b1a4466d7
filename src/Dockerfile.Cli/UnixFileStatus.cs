using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Dockerfile.Cli;

/// <summary>
/// What <c>statx(2)</c> says about a file on Linux: its identity (device and inode), owner, group, mode, size and
/// modification time. Elsewhere <see cref="TryGet"/> returns false and callers do without.
/// </summary>
internal readonly record struct UnixFileStatus(ulong Device, ulong Inode, uint Owner, uint Group, int Mode, long Size, long ModifiedSeconds, uint ModifiedNanoseconds)
{
    /// <summary>The identity of the file: the same for every path (hard link, symbolic link, bind mount) that reaches it.</summary>
    public string Identity => Device.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Inode.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a file's status; symbolic links are followed unless <paramref name="followLinks"/> is false.</summary>
    public static bool TryGet(string path, bool followLinks, out UnixFileStatus status)
    {
        status = default;
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var buffer = new byte[NativeMethods.StatxSize];
        try
        {
            if (NativeMethods.Statx(NativeMethods.CurrentFolder, Terminated(path), followLinks ? 0 : NativeMethods.NoFollow, NativeMethods.BasicStats, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        var bytes = buffer.AsSpan();
        uint owner = MemoryMarshal.Read<uint>(bytes.Slice(20));
        uint group = MemoryMarshal.Read<uint>(bytes.Slice(24));
        int mode = MemoryMarshal.Read<ushort>(bytes.Slice(28));
        ulong inode = MemoryMarshal.Read<ulong>(bytes.Slice(32));
        long size = MemoryMarshal.Read<long>(bytes.Slice(40));
        long seconds = MemoryMarshal.Read<long>(bytes.Slice(112));
        uint nanoseconds = MemoryMarshal.Read<uint>(bytes.Slice(120));
        ulong device = ((ulong)MemoryMarshal.Read<uint>(bytes.Slice(136)) << 32) | MemoryMarshal.Read<uint>(bytes.Slice(140));
        status = new UnixFileStatus(device, inode, owner, group, mode, size, seconds, nanoseconds);
        return true;
    }

    /// <summary>Changes a file's owner and group (<c>chown(2)</c>, following links); false when not permitted or not on Linux.</summary>
    public static bool TryChangeOwner(string path, uint owner, uint group)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return NativeMethods.Chown(Terminated(path), owner, group) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static byte[] Terminated(string path)
    {
        int count = Encoding.UTF8.GetByteCount(path);
        var bytes = new byte[count + 1];
        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }
}
