using System;
using System.IO;
using System.Runtime.Versioning;
using System.Text;
using Dockerfile.Analysis.Workspaces;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>The writer behind <c>dfa fix</c>, in process, where the moment between the read and the rename can be reached.</summary>
public class AtomicFileWriterTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = CliRunner.CreateTempFolder();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Create(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Writes_the_new_bytes_when_the_file_is_unchanged()
    {
        string path = Create("Dockerfile", "FROM a\n");
        var snapshot = FileSnapshot.Read(path, out _);
        var outcome = AtomicFileWriter.Write(path, Encoding.UTF8.GetBytes("FROM b\n"), snapshot, out var error);
        Assert.That(outcome, Is.EqualTo(WriteOutcome.Written));
        Assert.That(error, Is.Null);
        Assert.That(File.ReadAllText(path), Is.EqualTo("FROM b\n"));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
    }

    [TestCase("FROM a\nRUN x\n", TestName = "Change_that_alters_the_length_is_left_alone")]
    [TestCase("FROM z\n", TestName = "Change_of_the_same_length_is_left_alone")]
    public void Change_between_read_and_rename_is_left_alone(string changed)
    {
        string path = Create("Dockerfile", "FROM a\n");
        var snapshot = FileSnapshot.Read(path, out _);
        var modified = File.GetLastWriteTimeUtc(path);
        var outcome = AtomicFileWriter.Write(path, Encoding.UTF8.GetBytes("FROM b\n"), snapshot, out var error, beforeCommit: target =>
        {
            // Another program saves the file; even with the same length and time, the content tells.
            File.WriteAllText(target, changed);
            File.SetLastWriteTimeUtc(target, modified);
        });
        Assert.That(outcome, Is.EqualTo(WriteOutcome.ChangedOnDisk));
        Assert.That(error!.ToString(), Is.EqualTo($"dfa: {path}: the file changed on disk after it was read; it was left as it is (run dfa fix again)"));
        Assert.That(File.ReadAllText(path), Is.EqualTo(changed));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }), "the temporary file is removed");
    }

    [Test]
    public void Failed_rename_keeps_the_original_and_removes_the_temporary_file()
    {
        string path = Create("Dockerfile", "FROM a\n");
        var outcome = AtomicFileWriter.Write(path, Encoding.UTF8.GetBytes("FROM b\n"), expected: null, out var error, beforeCommit: target =>
        {
            // The rename cannot replace a folder that is not empty.
            File.Delete(target);
            Directory.CreateDirectory(Path.Combine(target, "inside"));
        });
        Assert.That(outcome, Is.EqualTo(WriteOutcome.Failed));
        Assert.That(error!.ToString(), Does.StartWith($"dfa: {path}: cannot be written: "));
        Assert.That(Directory.GetFiles(_folder), Is.Empty);
    }

    [Test]
    public void Link_is_written_through_to_its_final_target()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "real"));
        string target = Create("real/Dockerfile", "FROM a\n");
        File.CreateSymbolicLink(Path.Combine(_folder, "middle"), "real/Dockerfile");
        string link = Path.Combine(_folder, "Dockerfile");
        File.CreateSymbolicLink(link, "middle");
        var snapshot = FileSnapshot.Read(link, out byte[] bytes);
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("FROM a\n"));
        Assert.That(AtomicFileWriter.TargetOf(link), Is.EqualTo(target));

        var outcome = AtomicFileWriter.Write(link, Encoding.UTF8.GetBytes("FROM b\n"), snapshot, out _);
        Assert.That(outcome, Is.EqualTo(WriteOutcome.Written));
        Assert.That(File.ReadAllText(target), Is.EqualTo("FROM b\n"));
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("middle"));
        Assert.That(new FileInfo(Path.Combine(_folder, "middle")).LinkTarget, Is.EqualTo("real/Dockerfile"));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void Writability_is_decided_on_the_owner_write_bit()
    {
        string path = Create("Dockerfile", "FROM a\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
        Assert.That(AtomicFileWriter.CheckWritable(path)?.ToString(), Is.EqualTo($"dfa: {path}: the file is read-only (mode 0462); nothing was written"));
        var outcome = AtomicFileWriter.Write(path, Encoding.UTF8.GetBytes("FROM b\n"), expected: null, out _);
        Assert.That(outcome, Is.EqualTo(WriteOutcome.Failed));
        Assert.That(File.ReadAllText(path), Is.EqualTo("FROM a\n"));

        File.SetUnixFileMode(path, UnixFileMode.UserWrite);
        Assert.That(AtomicFileWriter.CheckWritable(path), Is.Null);
    }
}
