using System.IO;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>Every bad input gives exactly one line on standard error, <c>dfa: &lt;path&gt;: &lt;message&gt;</c>, and exit code 2.</summary>
public class BadInputTests
{
    private static void AssertOneLineError(int code, string output, string error, string expected)
    {
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo(expected + "\n"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
    }

    [TestCase("lint")]
    [TestCase("fix")]
    public void Missing_file(string verb)
    {
        var (code, output, error) = CliRunner.Run(verb, "missing/Dockerfile");
        AssertOneLineError(code, output, error, "dfa: missing/Dockerfile: no such file or folder");
        Assert.That(output, Is.Empty);
    }

    [TestCase("lint")]
    [TestCase("fix")]
    public void Folder_without_dockerfiles(string verb)
    {
        var (code, output, error) = CliRunner.Run(verb, CliRunner.Fixtures + "/no-dockerfiles");
        AssertOneLineError(code, output, error, $"dfa: {CliRunner.Fixtures}/no-dockerfiles: no Dockerfile found in this folder");
    }

    [Test]
    public void Invalid_utf8_is_an_error_with_its_position()
    {
        var (code, output, error) = CliRunner.Run("lint", CliRunner.Fixtures + "/invalid-utf8");
        AssertOneLineError(code, output, error, $"dfa: {CliRunner.Fixtures}/invalid-utf8/Dockerfile:2:5: not UTF-8 text (byte 0xFF); save the file as UTF-8");
    }

    [Test]
    public void Unreadable_file_is_not_summarised_as_no_problems()
    {
        var alone = CliRunner.Run("lint", CliRunner.Fixtures + "/invalid-utf8");
        Assert.That(alone.ExitCode, Is.EqualTo(2));
        Assert.That(alone.Output, Does.Not.Contain("No problems"));
        Assert.That(alone.Output, Does.Match(@"^1 file could not be read \(0 files checked in [^)]*\)\n$"));

        var withClean = CliRunner.Run("lint", CliRunner.Fixtures + "/invalid-utf8", CliRunner.Fixtures + "/clean");
        Assert.That(withClean.ExitCode, Is.EqualTo(2));
        Assert.That(withClean.Output, Does.Match(@"^No problems in the files checked, but 1 file could not be read \(1 file checked in [^)]*\)\n$"));

        var withFindings = CliRunner.Run("lint", CliRunner.Fixtures + "/invalid-utf8", CliRunner.Fixtures + "/node-npm");
        Assert.That(withFindings.ExitCode, Is.EqualTo(2));
        Assert.That(withFindings.Output, Does.Match(@"\n1 warning in 1 file, [^;]*; 1 file could not be read \(1 file checked in [^)]*\)\n$"));
    }

    [Test]
    public void Invalid_utf8_stops_fix_before_anything_is_written()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            string fixtures = Path.Combine(CliRunner.RepositoryRoot, CliRunner.Fixtures);
            Directory.CreateDirectory(Path.Combine(folder, "a"));
            Directory.CreateDirectory(Path.Combine(folder, "b"));
            foreach (string name in new[] { "Dockerfile", "package.json", "package-lock.json", "server.js" })
            {
                File.Copy(Path.Combine(fixtures, "node-npm", name), Path.Combine(folder, "a", name));
            }

            File.Copy(Path.Combine(fixtures, "invalid-utf8", "Dockerfile"), Path.Combine(folder, "b", "Dockerfile"));
            byte[] before = File.ReadAllBytes(Path.Combine(folder, "a", "Dockerfile"));
            var (code, output, error) = CliRunner.RunIn(folder, "fix");
            AssertOneLineError(code, output, error, "dfa: b/Dockerfile:2:5: not UTF-8 text (byte 0xFF); save the file as UTF-8");
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "a", "Dockerfile")), Is.EqualTo(before));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Invalid_utf8_among_good_files_still_lints_the_others()
    {
        var (code, output, error) = CliRunner.Run("lint", "--format", "github", CliRunner.Fixtures + "/node-npm", CliRunner.Fixtures + "/invalid-utf8");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.StartWith($"dfa: {CliRunner.Fixtures}/invalid-utf8/Dockerfile:2:5: "));
        Assert.That(output, Does.StartWith("::warning file="));
    }

    [TestCase("explain", "DF9999")]
    [TestCase("fix", "--rule", "DF9999")]
    public void Unknown_rule_id(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        AssertOneLineError(code, output, error, "dfa: DF9999: unknown rule id; dfa rules lists them");
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void Missing_config_file()
    {
        var (code, output, error) = CliRunner.Run("lint", "--config", "missing.yml", CliRunner.Fixtures + "/clean");
        AssertOneLineError(code, output, error, "dfa: missing.yml: no such configuration file");
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void Config_that_is_a_folder()
    {
        var (code, output, error) = CliRunner.Run("lint", "--config", CliRunner.Fixtures, CliRunner.Fixtures + "/clean");
        AssertOneLineError(code, output, error, $"dfa: {CliRunner.Fixtures}: the configuration is a folder, not a file");
    }

    [Test]
    public void Missing_context_folder()
    {
        var (code, output, error) = CliRunner.Run("lint", "--context", "missing-context", CliRunner.Fixtures + "/clean");
        AssertOneLineError(code, output, error, "dfa: missing-context: no such context folder");
    }

    [TestCase("lint", "--format", "xml")]
    [TestCase("lint", "--severity", "fatal")]
    [TestCase("frobnicate")]
    [TestCase("parse")]
    public void Usage_errors_are_one_line(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.StartWith("dfa: "));
    }

    [Test]
    public void Parse_of_a_missing_file()
    {
        var (code, output, error) = CliRunner.Run("parse", "missing/Dockerfile");
        AssertOneLineError(code, output, error, "dfa: missing/Dockerfile: no such file");
    }

    [Test]
    public void Fix_of_stdin_is_refused()
    {
        var (code, output, error) = CliRunner.RunWithInput(new byte[0], "fix", "-");
        AssertOneLineError(code, output, error, "dfa: -: fix works on files; use dfa lint - for standard input");
    }
}
