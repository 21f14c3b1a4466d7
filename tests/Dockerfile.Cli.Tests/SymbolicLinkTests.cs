using System;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Folders with symbolic links: a link to a folder is not followed (so loops cannot make a run hang or repeat files),
/// a link to a Dockerfile is linted once, a dangling link is skipped in a folder and an error when named.
/// </summary>
public class SymbolicLinkTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        // L holds the node-npm sample (one fixable DF2001 finding) and L/a a copy of its Dockerfile.
        _folder = CliRunner.CreateTempFolder();
        string fixture = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures, "node-npm");
        Directory.CreateDirectory(Path.Combine(_folder, "L", "a"));
        foreach (string file in Directory.GetFiles(fixture))
        {
            File.Copy(file, Path.Combine(_folder, "L", Path.GetFileName(file)));
            File.Copy(file, Path.Combine(_folder, "L", "a", Path.GetFileName(file)));
        }
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static string[] ReportedFiles(string githubOutput) =>
        githubOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')[0]).ToArray();

    [Test]
    public void Link_to_its_own_folder_reports_each_Dockerfile_once()
    {
        Directory.CreateSymbolicLink(Path.Combine(_folder, "L", "self"), ".");
        var (code, output, error) = CliRunner.RunInWithin(Limit, _folder, "lint", "--format", "github", "L");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(ReportedFiles(output), Is.EqualTo(new[] { "::warning file=L/Dockerfile", "::warning file=L/a/Dockerfile" }));

        var text = CliRunner.RunInWithin(Limit, _folder, "lint", "L");
        Assert.That(text.Output, Does.Match(@"\n2 warnings in 2 files, 2 fixable: run dfa fix \(2 files checked in [^)]*\)\n$"));
    }

    [Test]
    public void Two_loops_finish_and_report_each_Dockerfile_once()
    {
        Directory.CreateSymbolicLink(Path.Combine(_folder, "L", "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "L", "self"), "../L");
        var lint = CliRunner.RunInWithin(Limit, _folder, "lint", "--format", "github", "L");
        Assert.That(lint.Error, Is.Empty);
        Assert.That(lint.ExitCode, Is.EqualTo(1));
        Assert.That(ReportedFiles(lint.Output), Is.EqualTo(new[] { "::warning file=L/Dockerfile", "::warning file=L/a/Dockerfile" }));

        var dryRun = CliRunner.RunInWithin(Limit, _folder, "fix", "--dry-run", "L");
        Assert.That(dryRun.Error, Is.Empty);
        Assert.That(dryRun.ExitCode, Is.EqualTo(0));
        Assert.That(dryRun.Output, Is.EqualTo("would fix 1 issue in L/Dockerfile\nwould fix 1 issue in L/a/Dockerfile\nWould fix 2 issues in 2 files\n"));

        // Naming a folder twice, or a folder inside one already named, adds nothing.
        var twice = CliRunner.RunInWithin(Limit, _folder, "fix", "--dry-run", "L", "L/a", "L/self", "L/Dockerfile");
        Assert.That(twice.Output, Is.EqualTo(dryRun.Output));
    }

    [Test]
    public void Linked_Dockerfile_is_reported_once_under_its_own_path()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "L", "a", "Dockerfile.link"), "../Dockerfile");
        File.CreateSymbolicLink(Path.Combine(_folder, "L", "web.Dockerfile"), "a/Dockerfile");
        var (code, output, error) = CliRunner.RunInWithin(Limit, _folder, "lint", "--format", "github", "L");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(ReportedFiles(output), Is.EqualTo(new[] { "::warning file=L/Dockerfile", "::warning file=L/a/Dockerfile" }));

        // Named on its own, the link is linted under the name given.
        var named = CliRunner.RunInWithin(Limit, _folder, "lint", "--format", "github", "L/web.Dockerfile");
        Assert.That(ReportedFiles(named.Output), Is.EqualTo(new[] { "::warning file=L/web.Dockerfile" }));
    }

    [Test]
    public void Dangling_link_is_skipped_in_a_folder_and_an_error_when_named()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "L", "Dockerfile.gone"), "missing");
        var folder = CliRunner.RunInWithin(Limit, _folder, "fix", "--dry-run", "L");
        Assert.That(folder.Error, Is.Empty);
        Assert.That(folder.ExitCode, Is.EqualTo(0));
        Assert.That(folder.Output, Is.EqualTo("would fix 1 issue in L/Dockerfile\nwould fix 1 issue in L/a/Dockerfile\nWould fix 2 issues in 2 files\n"));

        var named = CliRunner.RunInWithin(Limit, _folder, "lint", "L/Dockerfile.gone");
        Assert.That(named.ExitCode, Is.EqualTo(2));
        Assert.That(named.Error, Is.EqualTo("dfa: L/Dockerfile.gone: a symbolic link to a file that does not exist\n"));
    }
}
