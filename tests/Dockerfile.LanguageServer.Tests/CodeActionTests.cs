using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// Code actions: quick fixes equal to the library's fixes, fix-all in the document and per rule, the suppression
/// comment and <c># check=skip=</c>; every edit applied gives text that parses.
/// </summary>
public class CodeActionTests
{
    private LspServer _server = null!;
    private string _text = null!;
    private string _uri = null!;
    private JsonElement _diagnostics;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await LspServer.StartInitializedAsync();
        _text = Baseline.ReadFixture("CodeActions/actions.Dockerfile");
        _uri = await _server.OpenAsync("Dockerfile", _text);
        _diagnostics = (await _server.WaitForVersionAsync(_uri, 1)).GetProperty("diagnostics");
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        await _server.DisposeAsync();
    }

    [Test]
    public async Task A_quick_fix_edit_applied_gives_the_fixers_text()
    {
        var diagnostic = Diagnostic("DF1002");
        var actions = await ActionsAt(diagnostic.GetProperty("range"), "quickfix");
        var fix = actions.Single(a => a.GetProperty("title").GetString()!.StartsWith("Write CMD", StringComparison.Ordinal) || a.TryGetProperty("isPreferred", out _));
        Assert.That(fix.GetProperty("kind").GetString(), Is.EqualTo("quickfix"));
        Assert.That(fix.GetProperty("diagnostics")[0].GetProperty("code").GetString(), Is.EqualTo("DF1002"));
        string applied = TextEdits.ApplyWorkspaceEdit(_text, fix.GetProperty("edit"), _uri);
        Assert.That(applied, Is.EqualTo(_text.Replace("CMD echo hi", "CMD [\"echo\", \"hi\"]", StringComparison.Ordinal)));

        // The same as the library's own fix for that diagnostic.
        var tree = DockerfileSyntaxTree.ParseText(_text);
        var library = DockerfileAnalysis.Analyze(tree).Single(d => d.Id == "DF1002");
        var libraryFix = CodeFixes.GetFixes(tree, library).Single();
        Assert.That(fix.GetProperty("title").GetString(), Is.EqualTo(libraryFix.Title));
        Assert.That(applied, Is.EqualTo(tree.GetText().WithChanges(libraryFix.Changes).ToString()));
    }

    [Test]
    public async Task Fix_all_in_the_document_equals_the_librarys_fix_all()
    {
        var actions = await ActionsAt(WholeDocument(), "source.fixAll.dfa");
        var fixAll = actions.Single();
        Assert.That(fixAll.GetProperty("kind").GetString(), Is.EqualTo("source.fixAll.dfa"));
        string applied = TextEdits.ApplyWorkspaceEdit(_text, fixAll.GetProperty("edit"), _uri);
        var expected = CodeFixes.FixAll(DockerfileSyntaxTree.ParseText(_text));
        Assert.That(applied, Is.EqualTo(expected.Text.ToString()));
        Assert.That(fixAll.GetProperty("title").GetString(), Does.Contain("(" + expected.FixCount + ")"));
        Assert.That(applied, Does.Contain("AS build").And.Contain("EXPOSE 80/tcp").And.Contain("EXPOSE 443/udp").And.Contain("CMD [\"echo\", \"hi\"]"));
    }

    [Test]
    public async Task Fix_all_of_one_rule_fixes_that_rule_only()
    {
        var actions = await ActionsAt(Diagnostic("DF5085").GetProperty("range"), "quickfix");
        var fixRule = actions.Single(a => a.GetProperty("title").GetString()!.StartsWith("Fix all DF5085", StringComparison.Ordinal));
        Assert.That(fixRule.GetProperty("title").GetString(), Is.EqualTo("Fix all DF5085 in the file (2)"));
        string applied = TextEdits.ApplyWorkspaceEdit(_text, fixRule.GetProperty("edit"), _uri);
        Assert.That(applied, Is.EqualTo(_text.Replace("80/TCP", "80/tcp", StringComparison.Ordinal).Replace("443/UDP", "443/udp", StringComparison.Ordinal)));

        // A rule with one finding has no fix-all of its own.
        var single = await ActionsAt(Diagnostic("DF1002").GetProperty("range"), "quickfix");
        Assert.That(single.Select(a => a.GetProperty("title").GetString()), Has.None.StartsWith("Fix all DF1002"));
    }

    [Test]
    public async Task Suppress_comment_silences_the_rule_on_that_line()
    {
        var actions = await ActionsAt(Diagnostic("DF1002").GetProperty("range"), "quickfix");
        var suppress = actions.Single(a => a.GetProperty("title").GetString()!.StartsWith("Suppress DF1002", StringComparison.Ordinal));
        string applied = TextEdits.ApplyWorkspaceEdit(_text, suppress.GetProperty("edit"), _uri);
        Assert.That(applied, Is.EqualTo(_text.Replace("CMD echo hi", "# dfa ignore=DF1002\nCMD echo hi", StringComparison.Ordinal)));
        var codes = await CodesOf("suppressed.Dockerfile", applied);
        Assert.That(codes, Does.Not.Contain("DF1002"));
        Assert.That(codes, Does.Contain("DF3040"), "only that rule is silenced");
    }

    [Test]
    public async Task Check_skip_for_a_rule_with_a_BuildKit_equivalent()
    {
        var actions = await ActionsAt(Diagnostic("DF3040").GetProperty("range"), "quickfix");
        var skip = actions.Single(a => a.GetProperty("title").GetString()!.StartsWith("Skip the BuildKit check", StringComparison.Ordinal));
        string applied = TextEdits.ApplyWorkspaceEdit(_text, skip.GetProperty("edit"), _uri);
        Assert.That(applied, Is.EqualTo("# check=skip=MaintainerDeprecated\n" + _text));
        var codes = await CodesOf("skipped.Dockerfile", applied);
        Assert.That(codes, Does.Not.Contain("DF3040"));
        Assert.That(codes, Does.Contain("DF1002"));

        // A second skip joins the existing directive.
        var second = await _server.OpenAsync("skipped-twice.Dockerfile", applied);
        var diagnostics = (await _server.WaitForVersionAsync(second, 1)).GetProperty("diagnostics");
        var df5081 = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DF5081");
        var more = await _server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = second }, range = df5081.GetProperty("range"), context = new { diagnostics = new[] { df5081 } } });
        var join = more.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith("Skip the BuildKit check", StringComparison.Ordinal));
        Assert.That(TextEdits.ApplyWorkspaceEdit(applied, join.GetProperty("edit"), second), Does.StartWith("# check=skip=MaintainerDeprecated,FromAsCasing\n"));

        // A rule without a BuildKit equivalent (DF1001 is hadolint's DL3014 only) offers none.
        var hadolintOnly = await CodesAndActions("no-equivalent.Dockerfile", "FROM ubuntu:22.04\nRUN apt-get install curl\n", "DF1001");
        Assert.That(hadolintOnly.Select(a => a.GetProperty("title").GetString()), Has.None.StartsWith("Skip the BuildKit check"));
        Assert.That(hadolintOnly.Select(a => a.GetProperty("title").GetString()), Has.Some.StartsWith("Suppress DF1001"));
    }

    [Test]
    public async Task Every_returned_edit_applied_gives_text_that_parses()
    {
        var actions = await ActionsAt(WholeDocument(), null);
        Assert.That(actions.Count, Is.GreaterThan(10));
        foreach (var action in actions)
        {
            string applied = TextEdits.ApplyWorkspaceEdit(_text, action.GetProperty("edit"), _uri);
            Assert.That(applied, Is.Not.EqualTo(_text), action.GetProperty("title").GetString());
            var errors = DockerfileSyntaxTree.ParseText(applied).GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
            Assert.That(errors, Is.Empty, action.GetProperty("title").GetString() + " gives text that does not parse:\n" + applied);
        }
    }

    [Test]
    public async Task Only_filters_the_kinds()
    {
        var quick = await ActionsAt(WholeDocument(), "quickfix");
        Assert.That(quick.Select(a => a.GetProperty("kind").GetString()).Distinct(), Is.EqualTo(new[] { "quickfix" }));
        var source = await ActionsAt(WholeDocument(), "source");
        Assert.That(source.Select(a => a.GetProperty("kind").GetString()), Is.EqualTo(new[] { "source.fixAll.dfa" }));
    }

    private JsonElement Diagnostic(string code) => _diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == code);

    private object WholeDocument() => new { start = new { line = 0, character = 0 }, end = new { line = 7, character = 0 } };

    private async Task<List<JsonElement>> ActionsAt(object range, string? only)
    {
        var context = new JsonObject { ["diagnostics"] = JsonNode.Parse(_diagnostics.GetRawText()) };
        if (only != null)
        {
            context["only"] = new JsonArray(only);
        }

        var result = await _server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = _uri }, range, context });
        return result.EnumerateArray().ToList();
    }

    private async Task<List<string>> CodesOf(string name, string text)
    {
        string uri = await _server.OpenAsync(name, text);
        var publish = await _server.WaitForVersionAsync(uri, 1);
        return publish.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToList();
    }

    private async Task<List<JsonElement>> CodesAndActions(string name, string text, string code)
    {
        string uri = await _server.OpenAsync(name, text);
        var diagnostic = (await _server.WaitForVersionAsync(uri, 1)).GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
        var result = await _server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = diagnostic.GetProperty("range"), context = new { diagnostics = new[] { diagnostic } } });
        return result.EnumerateArray().ToList();
    }
}
