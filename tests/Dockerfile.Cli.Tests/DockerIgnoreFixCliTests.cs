using System;
using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// <c>dfa fix</c> with a fix that writes another file: DF2004's .dockerignore, created or extended in the build context
/// with the same care as the Dockerfile (diff and dry run first, encoding, line endings and mode kept, read-only refused).
/// </summary>
public class DockerIgnoreFixCliTests
{
    private const string Dockerfile = "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD [\"node\", \"server.js\"]\n";
    private const string Comment = "# Generated and secret files, kept out of the build context (added by dfa fix)";

    private string _folder = string.Empty;

    [SetUp]
    public void MakeContext()
    {
        _folder = CliRunner.CreateTempFolder();
        Write("Dockerfile", Dockerfile);
        Write("package.json", "{\"name\":\"app\",\"version\":\"1.0.0\"}\n");
        Write("package-lock.json", "{\"lockfileVersion\":3}\n");
        Write("server.js", "console.log(1)\n");
        Write("dist/bundle.js", "bundle\n");
        Write("coverage/lcov.info", "TN:\n");
    }

    [TearDown]
    public void DeleteFolder()
    {
        var ignore = new FileInfo(PathOf(".dockerignore"));
        if (ignore.Exists && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(ignore.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Fix_creates_the_dockerignore_and_the_finding_is_gone()
    {
        var (code, output, error) = CliRunner.RunIn(_folder, "fix", "--rule", "DF2004");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo("created .dockerignore\nfixed 1 issue in Dockerfile\nFixed 1 issue in 1 file (and wrote 1 other file)\n"));
        Assert.That(File.ReadAllText(PathOf(".dockerignore")), Is.EqualTo(Comment + "\ndist\ncoverage\n"));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo(Dockerfile), "the Dockerfile is not touched");
        Assert.That(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories), Is.Empty);

        var lint = CliRunner.RunIn(_folder, "lint", "--format", "json", "Dockerfile");
        Assert.That(lint.Output, Does.Not.Contain("DF2004"));
        var again = CliRunner.RunIn(_folder, "fix", "--rule", "DF2004");
        Assert.That(again.Output, Is.EqualTo("Nothing to fix in 1 file\n"));
    }

    [Test]
    public void Diff_and_dry_run_show_the_new_file_and_write_nothing()
    {
        var diff = CliRunner.RunIn(_folder, "fix", "--diff", "--rule", "DF2004");
        Assert.That(diff.Error, Is.Empty);
        Assert.That(diff.Output, Does.StartWith("--- /dev/null\n+++ b/.dockerignore\n@@ -0,0 +1,3 @@\n+" + Comment + "\n+dist\n+coverage\n"));

        var dry = CliRunner.RunIn(_folder, "fix", "--dry-run", "--rule", "DF2004");
        Assert.That(dry.Output, Is.EqualTo("would fix 1 issue in Dockerfile\nwould create .dockerignore\nWould fix 1 issue in 1 file\n"));
        Assert.That(File.Exists(PathOf(".dockerignore")), Is.False);
    }

    [Test]
    public void An_existing_dockerignore_keeps_its_encoding_line_endings_and_mode()
    {
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        File.WriteAllBytes(PathOf(".dockerignore"), bom.Concat(Encoding.UTF8.GetBytes("# notes stay out\r\n*.md\r\n")).ToArray());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PathOf(".dockerignore"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var (code, output, error) = CliRunner.RunIn(_folder, "fix", "--rule", "DF2004");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("changed .dockerignore\n"));
        byte[] written = File.ReadAllBytes(PathOf(".dockerignore"));
        Assert.That(written.Take(3), Is.EqualTo(bom), "the byte order mark is kept");
        Assert.That(Encoding.UTF8.GetString(written, 3, written.Length - 3), Is.EqualTo("# notes stay out\r\n*.md\r\n\r\n" + Comment + "\r\ndist\r\ncoverage\r\n"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(PathOf(".dockerignore")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_dockerignore_is_refused_and_nothing_is_written()
    {
        Write(".dockerignore", "*.md\n");
        Write("Dockerfile", "from node:22-slim\nCOPY . .\n");
        File.SetUnixFileMode(PathOf(".dockerignore"), UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var (code, output, error) = CliRunner.RunIn(_folder, "fix");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo("dfa: .dockerignore: the file is read-only (mode 0440); nothing was written\n"));
        Assert.That(output, Is.Empty);
        Assert.That(File.ReadAllText(PathOf(".dockerignore")), Is.EqualTo("*.md\n"));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo("from node:22-slim\nCOPY . .\n"), "the Dockerfile's own fix waits too");
    }

    [Test]
    public void Two_Dockerfiles_of_one_context_change_it_one_at_a_time()
    {
        Write("dev.Dockerfile", "FROM node:22-slim\nCOPY . /src\n");
        var (code, output, error) = CliRunner.RunIn(_folder, "fix", "--rule", "DF2004", "Dockerfile", "dev.Dockerfile");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("created .dockerignore\n"));
        Assert.That(output, Does.Contain(".dockerignore is also changed by the fixes of Dockerfile; run dfa fix again for dev.Dockerfile\n"));

        // The next run finds nothing left: the file the first fix wrote covers the second Dockerfile too.
        var again = CliRunner.RunIn(_folder, "fix", "--rule", "DF2004", "Dockerfile", "dev.Dockerfile");
        Assert.That(again.Output, Is.EqualTo("Nothing to fix in 2 files\n"));
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    private void Write(string name, string text)
    {
        string path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
