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

    // An option the command does not have reaches the paths (System.CommandLine passes unknown tokens on); it must
    // not read as a missing file.
    [TestCase("lint", "--max-warnings")]
    [TestCase("lint", "--rule")]
    [TestCase("fix", "--format")]
    public void Unknown_option(string verb, string option)
    {
        var (code, output, error) = CliRunner.Run(verb, option, CliRunner.Fixtures + "/no-dockerfiles");
        AssertOneLineError(code, output, error, $"dfa: {option}: not an option of this command, nor a file or folder (--help lists the options)");
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

    [TestCase("utf-16", true, "UTF-16 LE text (byte order mark FF FE)")]
    [TestCase("utf-16BE", true, "UTF-16 BE text (byte order mark FE FF)")]
    [TestCase("utf-32", true, "UTF-32 LE text (byte order mark FF FE 00 00)")]
    [TestCase("utf-32BE", true, "UTF-32 BE text (byte order mark 00 00 FE FF)")]
    [TestCase("utf-16", false, "UTF-16 LE text (no byte order mark; found by the NUL bytes between the characters)")]
    [TestCase("utf-16BE", false, "UTF-16 BE text (no byte order mark; found by the NUL bytes between the characters)")]
    [TestCase("utf-32", false, "UTF-32 LE text (no byte order mark; found by the NUL bytes between the characters)")]
    [TestCase("utf-32BE", false, "UTF-32 BE text (no byte order mark; found by the NUL bytes between the characters)")]
    public void Utf16_and_utf32_files_are_named_by_their_encoding(string encodingName, bool byteOrderMark, string expected)
    {
        System.Text.Encoding encoding = encodingName switch
        {
            "utf-16" => new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark),
            "utf-16BE" => new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark),
            "utf-32" => new System.Text.UTF32Encoding(bigEndian: false, byteOrderMark),
            _ => new System.Text.UTF32Encoding(bigEndian: true, byteOrderMark),
        };
        string folder = CliRunner.CreateTempFolder();
        try
        {
            // A Dockerfile as an editor on Windows may save it, with one character beyond ASCII.
            byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("FROM alpine:3.20\r\nLABEL author=\"Zo\u00eb\"\r\nRUN echo hi\r\n")];
            File.WriteAllBytes(Path.Combine(folder, "Dockerfile"), bytes);
            var (code, output, error) = CliRunner.RunIn(folder, "lint");
            AssertOneLineError(code, output, error, $"dfa: Dockerfile: {expected}; save the file as UTF-8");

            var fix = CliRunner.RunIn(folder, "fix");
            AssertOneLineError(fix.ExitCode, fix.Output, fix.Error, $"dfa: Dockerfile: {expected}; save the file as UTF-8");
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "Dockerfile")), Is.EqualTo(bytes));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Utf8_text_with_a_stray_nul_is_not_taken_for_utf16()
    {
        string folder = CliRunner.CreateTempFolder();
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "Dockerfile"), System.Text.Encoding.UTF8.GetBytes("FROM alpine:3.20\nRUN echo \"a\u0000b\"\n"));
            var (code, _, error) = CliRunner.RunIn(folder, "lint");
            Assert.That(error, Is.Empty);
            Assert.That(code, Is.Not.EqualTo(2));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
