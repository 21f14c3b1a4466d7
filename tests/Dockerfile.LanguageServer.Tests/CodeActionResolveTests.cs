using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// A client that resolves code actions (as VS Code does: <c>resolveSupport.properties</c> holds <c>edit</c>) gets the
/// fix-all actions without an edit, and <c>codeAction/resolve</c> computes the edit, equal to the library's fix-all.
/// </summary>
public class CodeActionResolveTests
{
    private const string ResolvingClient = """{ "textDocument": { "codeAction": { "dataSupport": true, "resolveSupport": { "properties": ["edit"] } } } }""";

    private LspServer _server = null!;
    private string _text = null!;
    private string _uri = null!;
    private JsonElement _diagnostics;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await LspServer.StartInitializedAsync(ResolvingClient);
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
    public void The_server_says_it_resolves_code_actions()
    {
        Assert.That(_server.InitializeResult.GetProperty("capabilities").GetProperty("codeActionProvider").GetProperty("resolveProvider").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Fix_all_in_the_document_comes_without_an_edit_and_resolves_to_the_librarys_fix_all()
    {
        var fixAll = (await Actions("source.fixAll.dfa")).Single();
        Assert.That(fixAll.TryGetProperty("edit", out _), Is.False, "the edit waits for codeAction/resolve");
        Assert.That(fixAll.GetProperty("data").GetProperty("version").GetInt32(), Is.EqualTo(1));

        var resolved = await _server.RequestAsync("codeAction/resolve", JsonNode.Parse(fixAll.GetRawText())!);
        Assert.That(resolved.GetProperty("title").GetString(), Is.EqualTo(fixAll.GetProperty("title").GetString()));
        string applied = TextEdits.ApplyWorkspaceEdit(_text, resolved.GetProperty("edit"), _uri);
        Assert.That(applied, Is.EqualTo(CodeFixes.FixAll(DockerfileSyntaxTree.ParseText(_text)).Text.ToString()));
    }

    [Test]
    public async Task Fix_all_of_one_rule_resolves_to_that_rules_fixes_only()
    {
        var fixRule = (await Actions("quickfix")).Single(a => a.GetProperty("title").GetString() == "Fix all DF5085 in the file");
        var resolved = await _server.RequestAsync("codeAction/resolve", JsonNode.Parse(fixRule.GetRawText())!);
        string applied = TextEdits.ApplyWorkspaceEdit(_text, resolved.GetProperty("edit"), _uri);
        Assert.That(applied, Is.EqualTo(_text.Replace("80/TCP", "80/tcp", StringComparison.Ordinal).Replace("443/UDP", "443/udp", StringComparison.Ordinal)));
    }

    [Test]
    public async Task An_action_offered_for_an_older_version_resolves_without_an_edit()
    {
        string uri = await _server.OpenAsync("stale.Dockerfile", _text);
        await _server.WaitForVersionAsync(uri, 1);
        var context = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("source.fixAll.dfa") };
        var fixAll = (await _server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = WholeDocument(), context })).EnumerateArray().Single();
        await _server.ChangeAsync(uri, 2, new { text = _text + "\nRUN echo later\n" });
        var resolved = await _server.RequestAsync("codeAction/resolve", JsonNode.Parse(fixAll.GetRawText())!);
        Assert.That(resolved.TryGetProperty("edit", out _), Is.False, "an edit for version 1 would be applied to version 2");
    }

    private async Task<JsonElement[]> Actions(string only)
    {
        var context = new JsonObject { ["diagnostics"] = JsonNode.Parse(_diagnostics.GetRawText()), ["only"] = new JsonArray(only) };
        var result = await _server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = _uri }, range = WholeDocument(), context });
        return result.EnumerateArray().ToArray();
    }

    private static object WholeDocument() => new { start = new { line = 0, character = 0 }, end = new { line = 1000, character = 0 } };
}
