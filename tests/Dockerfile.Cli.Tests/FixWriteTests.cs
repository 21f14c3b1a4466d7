using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary><c>dfa fix</c> writing files: through symbolic links, keeping owner, group and mode, refusing read-only files.</summary>
public class FixWriteTests
{
    private const string Fixed = "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD [\"node\", \"server.js\"]\n";

    private string _folder = string.Empty;

    [SetUp]
    public void CopySample() => _folder = CliRunner.CopyFixture("node-npm");

    [TearDown]
    public void DeleteFolder()
    {
        foreach (string file in Directory.GetFiles(_folder))
        {
            Chattr("-i", file);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static bool Chattr(string flag, string file)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var result = CliRunner.RunProcess("chattr", Path.GetTempPath(), null, null, flag, file);
            return result.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [Test]
    public void Symbolic_link_is_written_through_and_stays_a_link()
    {
        File.Move(PathOf("Dockerfile"), PathOf("node.Dockerfile"));
        File.CreateSymbolicLink(PathOf("Dockerfile"), "node.Dockerfile");
        var (code, output, error) = CliRunner.RunIn(_folder, "fix", "Dockerfile");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo("fixed 1 issue in Dockerfile\nFixed 1 issue in 1 file\n"));
        Assert.That(new FileInfo(PathOf("Dockerfile")).LinkTarget, Is.EqualTo("node.Dockerfile"));
        Assert.That(File.ReadAllText(PathOf("node.Dockerfile")), Is.EqualTo(Fixed));
        Assert.That(Directory.GetFiles(_folder, "*.tmp"), Is.Empty);
    }

    [Test]
    [Platform("Linux")]
    [SupportedOSPlatform("linux")]
    public void Owner_group_and_mode_are_kept()
    {
        // The tests run as root, which may give a file away; a file of another user is what a fix in a mounted folder meets.
        if (Environment.UserName != "root")
        {
            TestSkip.Because("changing a file's owner needs root");
        }

        var chown = CliRunner.RunProcess("chown", _folder, null, null, "1234:1234", "Dockerfile");
        Assert.That(chown.ExitCode, Is.EqualTo(0), chown.Error);
        File.SetUnixFileMode(PathOf("Dockerfile"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var (code, _, error) = CliRunner.RunIn(_folder, "fix");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo(Fixed));
        var stat = CliRunner.RunProcess("stat", _folder, null, null, "-c", "%u:%g %a", "Dockerfile");
        Assert.That(stat.Output, Is.EqualTo("1234:1234 640\n"));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void Read_only_file_is_refused_and_nothing_is_written()
    {
        Directory.CreateDirectory(PathOf("b"));
        File.Copy(PathOf("Dockerfile"), PathOf("b/Dockerfile"));
        File.Copy(PathOf("package.json"), PathOf("b/package.json"));
        File.Copy(PathOf("package-lock.json"), PathOf("b/package-lock.json"));
        File.SetUnixFileMode(PathOf("b/Dockerfile"), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        string before = File.ReadAllText(PathOf("Dockerfile"));

        // Root could write it anyway: the mode decides.
        var (code, output, error) = CliRunner.RunIn(_folder, "fix");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo("dfa: b/Dockerfile: the file is read-only (mode 0444); nothing was written\n"));
        Assert.That(output, Is.Empty);
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo(before), "the writable file is not written either");
        Assert.That(File.ReadAllText(PathOf("b/Dockerfile")), Is.EqualTo(before));

        // Reading it is fine: lint, --dry-run and --diff do not write.
        var lint = CliRunner.RunIn(_folder, "lint", "--format", "github", "b");
        Assert.That(lint.ExitCode, Is.EqualTo(1));
        Assert.That(lint.Error, Is.Empty);
        Assert.That(lint.Output, Does.StartWith("::warning file=b/Dockerfile,line=4,"));
        var dryRun = CliRunner.RunIn(_folder, "fix", "--dry-run", "b");
        Assert.That(dryRun.Output, Is.EqualTo("would fix 1 issue in b/Dockerfile\nWould fix 1 issue in 1 file\n"));
    }

    [Test]
    [Platform("Linux")]
    public void Immutable_file_is_one_line_and_nothing_is_written()
    {
        string before = File.ReadAllText(PathOf("Dockerfile"));
        if (!Chattr("+i", PathOf("Dockerfile")))
        {
            TestSkip.Because("chattr +i is not available here (it needs root on a file system with attributes)");
        }

        var (code, output, error) = CliRunner.RunIn(_folder, "fix");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("dfa: Dockerfile: cannot be written: "));
        Assert.That(error, Does.EndWith("; nothing was written\n"));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain("\n"));
        Assert.That(output, Is.Empty);
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(_folder, "*.tmp"), Is.Empty);
    }
}
