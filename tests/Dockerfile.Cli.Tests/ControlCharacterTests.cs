using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// Text from a Dockerfile that a terminal would act on (escape sequences, bell, NUL, C1 controls, bidirectional
/// overrides) is printed escaped in text, github and checkstyle output and in error lines; JSON and SARIF carry it
/// exactly, escaped by their own syntax.
/// </summary>
public class ControlCharacterTests
{
    // An unknown instruction that recolours the terminal, one that retitles it, a user name with NUL, DEL, a C1
    // control, a right-to-left override, an isolate and a tab, and a lowercase RUN for a fix (DF5083).
    private const string Dockerfile = "FROM alpine:3.20\nRUN\u001b[31m echo\n\u001b]0;pwned\u0007 x\nUSER a\u202eb\u0000c\u007fd\u0085e\u2066f\tg\nrun echo ok\n";

    private const string User = "a\\u202eb\\x00c\\x7fd\\u0085e\\u2066f\tg";

    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = CliRunner.CreateTempFolder();
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), Dockerfile);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>No character a terminal acts on, other than line feeds and tabs (nor bidirectional controls, unless <paramref name="bidiAllowed"/>).</summary>
    private static void AssertPrintable(string text, bool bidiAllowed = false)
    {
        var unsafeCharacters = text.Where(c => (char.IsControl(c) && c != '\n' && c != '\t') || (!bidiAllowed && c is '\u202e' or '\u2066'))
            .Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(unsafeCharacters, Is.Empty, text);
    }

    [Test]
    public void Text_output_escapes_controls_and_keeps_tabs()
    {
        var (code, output, error) = CliRunner.RunIn(_folder, "lint", "--no-color");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Is.Empty);
        AssertPrintable(output);
        Assert.That(output, Does.Contain("Dockerfile(2,1): error DFS0001: Unknown instruction 'RUN\\x1b[31m'\n"));
        Assert.That(output, Does.Contain("Dockerfile(3,1): error DFS0001: Unknown instruction '\\x1b]0;pwned\\x07'\n"));
        Assert.That(output, Does.Contain("`USER " + User + "`"));
    }

    [Test]
    public void GitHub_output_escapes_controls()
    {
        var (_, output, _) = CliRunner.RunIn(_folder, "lint", "--format", "github");
        AssertPrintable(output);
        Assert.That(output, Does.Contain("title=DFS0001::Unknown instruction 'RUN\\x1b[31m'\n"));
        Assert.That(output, Does.Contain("`USER " + User + "`"));
    }

    [Test]
    public void Checkstyle_output_is_well_formed_and_escaped()
    {
        var (code, output, error) = CliRunner.RunIn(_folder, "lint", "--format", "checkstyle");
        Assert.That(error, Is.Empty, "XML 1.0 cannot hold these characters raw; writing them used to throw");
        Assert.That(code, Is.EqualTo(1));
        AssertPrintable(output);
        var document = System.Xml.Linq.XDocument.Parse(output);
        var messages = document.Descendants("error").Select(e => (string)e.Attribute("message")!).ToList();
        Assert.That(messages, Does.Contain("Unknown instruction 'RUN\\x1b[31m'"));
    }

    [Test]
    public void Json_and_sarif_carry_the_exact_text_escaped_by_their_syntax()
    {
        // JSON must escape C0 controls and the writer escapes C1 and DEL too; bidirectional controls are valid JSON
        // text and stay as they are, for the reader that decodes the document to handle.
        var json = CliRunner.RunIn(_folder, "lint", "--format", "json");
        AssertPrintable(json.Output, bidiAllowed: true);
        var messages = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.That(messages, Does.Contain("Unknown instruction 'RUN\u001b[31m'"));
        Assert.That(messages.Any(m => m!.Contains("USER a\u202eb\u0000c\u007fd\u0085e\u2066f\tg")), Is.True, string.Join("\n", messages));

        var sarif = CliRunner.RunIn(_folder, "lint", "--format", "sarif");
        AssertPrintable(sarif.Output, bidiAllowed: true);
        var results = JsonDocument.Parse(sarif.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        Assert.That(results.Select(r => r.GetProperty("message").GetProperty("text").GetString()), Does.Contain("Unknown instruction 'RUN\u001b[31m'"));
    }

    [Test]
    public void File_names_and_error_lines_are_escaped()
    {
        string name = "x\u001b]0;t\u0007.Dockerfile";
        File.Move(Path.Combine(_folder, "Dockerfile"), Path.Combine(_folder, name));
        var lint = CliRunner.RunIn(_folder, "lint", "--format", "github");
        AssertPrintable(lint.Output);
        Assert.That(lint.Output, Does.StartWith("::error file=x\\x1b]0;t\\x07.Dockerfile,line=2,"));

        var fix = CliRunner.RunIn(_folder, "fix", "--dry-run", ".");
        AssertPrintable(fix.Output);
        Assert.That(fix.Output, Does.StartWith("would fix "));
        Assert.That(fix.Output, Does.Contain(" in x\\x1b]0;t\\x07.Dockerfile\n"));

        // A file that cannot be read, named with an escape sequence.
        string bad = "b\u001b[2Jad.Dockerfile";
        File.WriteAllBytes(Path.Combine(_folder, bad), new byte[] { 0x46, 0xC3, 0x28 });
        var error = CliRunner.RunIn(_folder, "lint", bad);
        Assert.That(error.ExitCode, Is.EqualTo(2));
        Assert.That(error.Error, Is.EqualTo("dfa: b\\x1b[2Jad.Dockerfile:1:2: not UTF-8 text (byte 0xC3); save the file as UTF-8\n"));
    }

    [Test]
    public void Parse_output_escapes_controls()
    {
        var (_, output, error) = CliRunner.RunIn(_folder, "parse", "Dockerfile");
        AssertPrintable(output);
        AssertPrintable(error);
        Assert.That(error, Does.Contain("Dockerfile(2,1): error DFS0001: Unknown instruction 'RUN\\x1b[31m'\n"));
        Assert.That(output, Does.Contain("\\u202E"));
    }

    [TestCase("plain text, caf\u00e9, \u65e5\u672c", "plain text, caf\u00e9, \u65e5\u672c")]
    [TestCase("tab\tstays", "tab\tstays")]
    [TestCase("\u001b[31mred\u0007", "\\x1b[31mred\\x07")]
    [TestCase("nul\u0000 del\u007f c1\u009b", "nul\\x00 del\\x7f c1\\u009b")]
    [TestCase("line\nbreak\r", "line\\nbreak\\r")]
    [TestCase("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", "\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069")]
    [TestCase("zero\u200bwidth\u200f\u2028\ufeff", "zero\\u200bwidth\\u200f\\u2028\\ufeff")]
    [TestCase("tag\U000E0041", "tag\\U000e0041")]
    [TestCase("emoji \U0001F600", "emoji \U0001F600")]
    public void Escape(string text, string expected) => Assert.That(TerminalText.Escape(text), Is.EqualTo(expected));

    [Test]
    public void Escape_of_unpaired_surrogates()
    {
        // Built at run time: an attribute argument cannot hold an unpaired surrogate.
        string text = "lone" + (char)0xD800 + "x" + (char)0xDC00;
        Assert.That(TerminalText.Escape(text), Is.EqualTo("lone\\ud800x\\udc00"));
    }
}
