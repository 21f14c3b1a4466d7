using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Dockerfile.Analysis.Formatting;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// <c>textDocument/formatting</c>, <c>rangeFormatting</c> and <c>onTypeFormatting</c>: the edits applied give the
/// library formatter's text, a range formats only the instructions it touches, a new line formats the instruction
/// above and leaves the cursor's line alone, and the file's <c>.editorconfig</c> wins over the client's options.
/// </summary>
public class FormattingTests
{
    private const string Text = "from   alpine   as   build\nrun   apt-get update \\\n  && make\nCOPY   a   b\nCMD [ \"sh\" ,\"-c\" ]\n";

    private LspServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LspServer.StartInitializedAsync();

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        await _server.DisposeAsync();
    }

    private static object Options(int tabSize = 4, bool insertSpaces = true) => new { tabSize, insertSpaces };

    [Test]
    public async Task Formatting_edits_give_the_library_formatters_text()
    {
        string uri = await _server.OpenAsync("whole.Dockerfile", Text);
        var edits = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = Options() });
        string applied = TextEdits.Apply(Text, edits);
        Assert.That(applied, Is.EqualTo(DockerfileFormatter.Format(Text)));
        Assert.That(applied, Is.EqualTo("FROM alpine AS build\nRUN apt-get update \\\n    && make\nCOPY a b\nCMD [\"sh\", \"-c\"]\n"));

        // Formatting the result again changes nothing.
        string again = await _server.OpenAsync("whole-again.Dockerfile", applied);
        var none = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri = again }, options = Options() });
        Assert.That(none.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Range_formatting_formats_only_the_instructions_it_touches()
    {
        string uri = await _server.OpenAsync("range.Dockerfile", Text);
        var range = new { start = new { line = 3, character = 2 }, end = new { line = 3, character = 5 } };
        var edits = await _server.RequestAsync("textDocument/rangeFormatting", new { textDocument = new { uri }, range, options = Options() });
        Assert.That(TextEdits.Apply(Text, edits), Is.EqualTo(Text.Replace("COPY   a   b", "COPY a b", StringComparison.Ordinal)));
    }

    [Test]
    public async Task A_new_line_formats_the_instruction_above_and_not_the_cursor_line()
    {
        // The user typed Enter after "COPY   a   b": the cursor is at the start of line 4, which holds spaces.
        string typed = "FROM alpine\nCOPY   a   b\n   \nRUN   x\n";
        string uri = await _server.OpenAsync("ontype.Dockerfile", typed);
        var position = new { line = 2, character = 3 };
        var edits = await _server.RequestAsync("textDocument/onTypeFormatting", new { textDocument = new { uri }, position, ch = "\n", options = Options() });
        Assert.That(TextEdits.Apply(typed, edits), Is.EqualTo("FROM alpine\nCOPY a b\n   \nRUN   x\n"));

        // Another character does nothing.
        var other = await _server.RequestAsync("textDocument/onTypeFormatting", new { textDocument = new { uri }, position, ch = "x", options = Options() });
        Assert.That(other.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task The_clients_tab_size_applies_when_the_editorconfig_says_nothing()
    {
        string text = "FROM alpine\nRUN a \\\n b\n";
        string uri = await _server.OpenAsync("tabs.Dockerfile", text);
        var spaces = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = Options(tabSize: 2) });
        Assert.That(TextEdits.Apply(text, spaces), Is.EqualTo("FROM alpine\nRUN a \\\n  b\n"));
        var tabs = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = Options(insertSpaces: false) });
        Assert.That(TextEdits.Apply(text, tabs), Is.EqualTo("FROM alpine\nRUN a \\\n\tb\n"));
    }

    [Test]
    public async Task The_editorconfig_wins_over_the_client()
    {
        string folder = Path.Combine(_server.Folder, "configured");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n[*]\nindent_size = 3\ndockerfile_keyword_case = lower\n");
        string text = "FROM alpine\nRUN a \\\n b\n";
        string uri = await _server.OpenAsync("configured/Dockerfile", text);
        var edits = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = Options(tabSize: 8) });
        Assert.That(TextEdits.Apply(text, edits), Is.EqualTo("from alpine\nrun a \\\n   b\n"));
    }

    [Test]
    public async Task Broken_instructions_and_unknown_documents_get_no_edits()
    {
        string text = "FROM alpine\nNOTANINSTRUCTION   a\n";
        string uri = await _server.OpenAsync("broken.Dockerfile", text);
        var edits = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = Options() });
        Assert.That(edits.GetArrayLength(), Is.Zero);
        var unknown = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri = _server.UriOf("never-opened.Dockerfile") }, options = Options() });
        Assert.That(unknown.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(unknown.GetArrayLength(), Is.Zero);
    }
}
