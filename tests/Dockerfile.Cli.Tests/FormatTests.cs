using System;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// <c>dfa format</c>: writing (atomically, keeping the byte order mark, the line endings, a symbolic link, refusing a
/// read-only file), <c>--check</c> (exit 1, the files listed, nothing written), <c>--diff</c>, standard input,
/// the <c>.editorconfig</c> options, and bad input as one line with the file, line and column.
/// </summary>
public class FormatTests
{
    private const string Messy = "from   alpine   as   build\nrun   apt-get update \\\n  && make   \nCMD [ \"sh\" ,\"-c\" ]\n";
    private const string Formatted = "FROM alpine AS build\nRUN apt-get update \\\n    && make\nCMD [\"sh\", \"-c\"]\n";

    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = CliRunner.CreateTempFolder();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(name))!);
        File.WriteAllBytes(PathOf(name), new UTF8Encoding(false).GetBytes(text));
    }

    [Test]
    public void Format_writes_the_formatted_text()
    {
        Write("Dockerfile", Messy);
        Write("ok/Dockerfile", Formatted);
        var (code, output, error) = CliRunner.RunIn(_folder, "format");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo("formatted Dockerfile\nFormatted 1 file\n"));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo(Formatted));
        Assert.That(Directory.GetFiles(_folder, "*.tmp"), Is.Empty);

        var again = CliRunner.RunIn(_folder, "format");
        Assert.That(again.ExitCode, Is.EqualTo(0));
        Assert.That(again.Output, Is.EqualTo("2 files already formatted\n"));
    }

    [Test]
    public void Check_lists_the_files_that_would_change_exits_1_and_writes_nothing()
    {
        Write("Dockerfile", Messy);
        Write("ok/Dockerfile", Formatted);
        var (code, output, error) = CliRunner.RunIn(_folder, "format", "--check");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.EqualTo("would reformat Dockerfile\n1 file would be reformatted, 1 file already formatted\n"));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo(Messy));

        var clean = CliRunner.RunIn(_folder, "format", "--check", "ok");
        Assert.That(clean.ExitCode, Is.EqualTo(0));
        Assert.That(clean.Output, Is.EqualTo("1 file already formatted\n"));
    }

    [Test]
    public void Diff_prints_a_unified_diff_and_writes_nothing()
    {
        Write("Dockerfile", "FROM   alpine\nRUN a\n");
        var (code, output, error) = CliRunner.RunIn(_folder, "format", "--diff", "Dockerfile");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n-FROM   alpine\n+FROM alpine\n RUN a\n"));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo("FROM   alpine\nRUN a\n"));
    }

    [Test]
    public void Byte_order_mark_and_crlf_line_endings_are_kept()
    {
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        File.WriteAllBytes(PathOf("Dockerfile"), Concat(bom, Encoding.UTF8.GetBytes("from   alpine\r\nRUN a \\\r\n b\r\n")));
        var (code, _, error) = CliRunner.RunIn(_folder, "format");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(File.ReadAllBytes(PathOf("Dockerfile")), Is.EqualTo(Concat(bom, Encoding.UTF8.GetBytes("FROM alpine\r\nRUN a \\\r\n    b\r\n"))));
    }

    [Test]
    public void Editorconfig_options_apply()
    {
        Write(".editorconfig", "root = true\n[Dockerfile]\nindent_style = tab\ndockerfile_keyword_case = lower\nend_of_line = crlf\n");
        Write("Dockerfile", "FROM alpine\nRUN a \\\n b\n");
        var (code, _, error) = CliRunner.RunIn(_folder, "format");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo("from alpine\r\nrun a \\\r\n\tb\r\n"));
    }

    [Test]
    public void A_bad_option_value_is_reported_by_lint_with_its_line()
    {
        Write(".editorconfig", "root = true\n[*]\ndockerfile_keyword_case = shouting\n");
        Write("Dockerfile", "FROM alpine:3.20\n");
        var (_, output, _) = CliRunner.RunIn(_folder, "lint", "--format", "github");
        Assert.That(output, Does.Contain("file=.editorconfig,line=3,").And.Contain("'shouting' is not a keyword case; use upper, lower or keep"));
    }

    [Test]
    public void Standard_input_is_formatted_to_standard_output()
    {
        var (code, output, error) = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(Messy), "format", "-");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(Formatted));

        var check = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(Messy), "format", "--check", "-");
        Assert.That(check.ExitCode, Is.EqualTo(1));
        Assert.That(check.Output, Is.EqualTo("would reformat <stdin>\n"));
    }

    [Test]
    public void Broken_instruction_is_left_and_named_on_one_line()
    {
        Write("Dockerfile", "FROM   alpine\nNOTANINSTRUCTION   a\nRUN   b\n");
        var (code, output, error) = CliRunner.RunIn(_folder, "format");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(error, Is.EqualTo("dfa: Dockerfile:2:1: this instruction has syntax errors and was left as it is\n"));
        Assert.That(output, Is.EqualTo("formatted Dockerfile\nFormatted 1 file\n"));
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo("FROM alpine\nNOTANINSTRUCTION   a\nRUN b\n"));
    }

    [Test]
    public void Many_files_are_reported_in_the_order_they_were_named()
    {
        // Files are loaded and formatted on the thread pool; what the run prints must not depend on which ends first.
        var names = new System.Collections.Generic.List<string>();
        for (int i = 0; i < 40; i++)
        {
            string name = $"f{i:D2}.Dockerfile";
            names.Add(name);
            Write(name, i % 3 == 0 ? Formatted : i % 3 == 1 ? Messy : "FROM   alpine\nNOTANINSTRUCTION   a\n");
        }

        var (code, output, error) = CliRunner.RunIn(_folder, new[] { "format", "--check" }.Concat(names).ToArray());
        Assert.That(code, Is.EqualTo(1));
        var expectedOutput = names.Where((_, i) => i % 3 != 0).Select(n => "would reformat " + n + "\n");
        Assert.That(output, Is.EqualTo(string.Concat(expectedOutput) + "26 files would be reformatted, 14 files already formatted\n"));
        var expectedError = names.Where((_, i) => i % 3 == 2).Select(n => "dfa: " + n + ":2:1: this instruction has syntax errors and was left as it is\n");
        Assert.That(error, Is.EqualTo(string.Concat(expectedError)));

        // Unreadable files are named in the same order too, and stop the run before anything is written.
        foreach (int i in new[] { 5, 17, 33 })
        {
            File.WriteAllBytes(PathOf(names[i]), new byte[] { 0x46, 0xFF, 0x0A });
        }

        var failed = CliRunner.RunIn(_folder, new[] { "format" }.Concat(names).ToArray());
        Assert.That(failed.ExitCode, Is.EqualTo(2));
        Assert.That(failed.Output, Is.Empty);
        Assert.That(failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':')[1].Trim()), Is.EqualTo(new[] { names[5], names[17], names[33] }));
        Assert.That(File.ReadAllText(PathOf(names[1])), Is.EqualTo(Messy), "nothing is written when a file cannot be read");
    }

    [Test]
    public void Undecodable_file_is_one_line_with_line_and_column_and_nothing_is_written()
    {
        File.WriteAllBytes(PathOf("Dockerfile"), Concat(Encoding.UTF8.GetBytes("FROM   alpine\nRUN a"), new byte[] { 0xFF }, Encoding.UTF8.GetBytes("\n")));
        Write("other/Dockerfile", Messy);
        var (code, output, error) = CliRunner.RunIn(_folder, "format");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith("dfa: Dockerfile:2:6: "));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain("\n"));
        Assert.That(error, Does.Not.Contain(" at "), "no stack trace");
        Assert.That(File.ReadAllText(PathOf("other/Dockerfile")), Is.EqualTo(Messy), "nothing is written when a file cannot be read");
    }

    [Test]
    public void Missing_path_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.RunIn(_folder, "format", "no-such-file");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("dfa: no-such-file: "));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [UnsupportedOSPlatform("windows")]
    public void Read_only_file_is_refused_and_nothing_is_written()
    {
        Write("Dockerfile", Messy);
        Write("b/Dockerfile", Messy);
        File.SetUnixFileMode(PathOf("b/Dockerfile"), UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var (code, output, error) = CliRunner.RunIn(_folder, "format");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo("dfa: b/Dockerfile: the file is read-only (mode 0444); nothing was written\n"));
        Assert.That(output, Is.Empty);
        Assert.That(File.ReadAllText(PathOf("Dockerfile")), Is.EqualTo(Messy), "the writable file is not written either");

        var check = CliRunner.RunIn(_folder, "format", "--check", "b");
        Assert.That(check.ExitCode, Is.EqualTo(1));
    }

    [Test]
    [Platform(Exclude = "Win")]
    public void Symbolic_link_is_written_through_and_stays_a_link()
    {
        Write("real.Dockerfile", Messy);
        File.CreateSymbolicLink(PathOf("Dockerfile"), "real.Dockerfile");
        var (code, _, error) = CliRunner.RunIn(_folder, "format", "Dockerfile");
        Assert.That(error, Is.Empty);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(new FileInfo(PathOf("Dockerfile")).LinkTarget, Is.EqualTo("real.Dockerfile"));
        Assert.That(File.ReadAllText(PathOf("real.Dockerfile")), Is.EqualTo(Formatted));
    }

    private static byte[] Concat(params byte[][] parts)
    {
        using var stream = new MemoryStream();
        foreach (var part in parts)
        {
            stream.Write(part, 0, part.Length);
        }

        return stream.ToArray();
    }
}
