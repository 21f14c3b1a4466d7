using System;
using System.IO;
using Dockerfile.Analysis.Workspaces;

namespace Dockerfile.Cli;

/// <summary>
/// Replaces a file's content the safe way: a temporary file next to it with the same mode, owner and group, then a
/// rename over it. A symbolic link is written through (the target is replaced, the link stays a link); a file
/// without write permission for its owner is refused (root could write it, so the decision is made on the mode, not
/// on access); a file that changed after it was read is left alone.
/// </summary>
internal static class AtomicFileWriter
{
    /// <summary>The file a write to <paramref name="path"/> replaces: the final target of a symbolic link, else the file itself.</summary>
    public static string TargetOf(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // A loop of links: reading would have failed first; let the write fail on the path itself.
            return full;
        }
    }

    /// <summary>Why the file must not be written (read-only), or null.</summary>
    public static InputError? CheckWritable(string path)
    {
        string target = TargetOf(path);
        try
        {
            if (OperatingSystem.IsWindows())
            {
                return (File.GetAttributes(target) & FileAttributes.ReadOnly) != 0
                    ? new InputError(path, "the file is read-only; nothing was written")
                    : null;
            }

            var mode = File.GetUnixFileMode(target);
            return (mode & UnixFileMode.UserWrite) == 0
                ? new InputError(path, $"the file is read-only (mode {ModeText(mode)}); nothing was written")
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new InputError(path, ex.Message);
        }
    }

    /// <summary>Writes <paramref name="contents"/> over the file.</summary>
    /// <param name="path">The file, as shown to the user.</param>
    /// <param name="contents">The new bytes.</param>
    /// <param name="expected">The file as it was read; when it no longer matches just before the rename, nothing is written.</param>
    /// <param name="error">Why nothing was written, for <see cref="WriteOutcome.Failed"/> and <see cref="WriteOutcome.ChangedOnDisk"/>.</param>
    /// <param name="beforeCommit">Called with the target path after the temporary file is ready and before the final check (tests use it to change the file).</param>
    /// <param name="verb">The <c>dfa</c> verb to run again when the file changed on disk (<c>fix</c>, <c>format</c>).</param>
    public static WriteOutcome Write(string path, byte[] contents, FileSnapshot? expected, out InputError? error, Action<string>? beforeCommit = null, string verb = "fix")
    {
        error = CheckWritable(path);
        if (error != null)
        {
            return WriteOutcome.Failed;
        }

        string target = TargetOf(path);
        string temp = TemporaryPathFor(target);
        try
        {
            WriteTemporary(temp, contents);
            if (!OperatingSystem.IsWindows())
            {
                var mode = File.GetUnixFileMode(target);
                if (UnixFileStatus.TryGet(target, followLinks: true, out var original) &&
                    UnixFileStatus.TryGet(temp, followLinks: true, out var created) &&
                    (original.Owner != created.Owner || original.Group != created.Group) &&
                    !UnixFileStatus.TryChangeOwner(temp, original.Owner, original.Group))
                {
                    Delete(temp);
                    error = new InputError(path, $"cannot keep the file's owner and group ({original.Owner}:{original.Group}); nothing was written");
                    return WriteOutcome.Failed;
                }

                // After chown, which clears set-user-id and set-group-id bits.
                File.SetUnixFileMode(temp, mode);
            }

            beforeCommit?.Invoke(target);
            if (expected != null && !expected.Matches(target))
            {
                Delete(temp);
                error = new InputError(path, "the file changed on disk after it was read; it was left as it is (run dfa " + verb + " again)");
                return WriteOutcome.ChangedOnDisk;
            }

            File.Move(temp, target, overwrite: true);
            return WriteOutcome.Written;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Delete(temp);
            error = new InputError(path, "cannot be written: " + ex.Message.TrimEnd('.') + "; nothing was written");
            return WriteOutcome.Failed;
        }
    }

    /// <summary>
    /// Creates a new file the safe way: a temporary file in the same folder, then a rename that fails when a file of
    /// that name appeared meanwhile (nothing is ever overwritten).
    /// </summary>
    /// <param name="path">The file to create, as shown to the user.</param>
    /// <param name="contents">Its bytes.</param>
    /// <param name="error">Why nothing was written, for <see cref="WriteOutcome.Failed"/> and <see cref="WriteOutcome.ChangedOnDisk"/>.</param>
    public static WriteOutcome Create(string path, byte[] contents, out InputError? error)
    {
        error = null;
        string target = Path.GetFullPath(path);
        if (File.Exists(target) || Directory.Exists(target))
        {
            error = new InputError(path, "the file appeared after the context was read; it was left as it is (run dfa fix again)");
            return WriteOutcome.ChangedOnDisk;
        }

        string temp = TemporaryPathFor(target);
        try
        {
            WriteTemporary(temp, contents);
            File.Move(temp, target, overwrite: false);
            return WriteOutcome.Written;
        }
        catch (IOException) when (File.Exists(target))
        {
            Delete(temp);
            error = new InputError(path, "the file appeared after the context was read; it was left as it is (run dfa fix again)");
            return WriteOutcome.ChangedOnDisk;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Delete(temp);
            error = new InputError(path, "cannot be created: " + ex.Message.TrimEnd('.') + "; nothing was written");
            return WriteOutcome.Failed;
        }
    }

    // A hidden temporary file next to the target, so that the rename stays on one file system.
    private static string TemporaryPathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target) ?? ".", "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".tmp");

    private static void WriteTemporary(string temp, byte[] contents)
    {
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(contents, 0, contents.Length);
        stream.Flush(flushToDisk: true);
    }

    private static string ModeText(UnixFileMode mode) => Convert.ToString((int)mode & 0xfff, 8).PadLeft(4, '0');

    private static void Delete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do; the original file is untouched.
        }
    }
}
