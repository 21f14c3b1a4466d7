using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// A client that pulls diagnostics (<c>textDocument.diagnostic</c> declared) and counts positions in UTF-8 bytes:
/// <c>textDocument/diagnostic</c> (full, unchanged, full again after an edit), <c>workspace/diagnostic</c>, no pushes.
/// </summary>
public class PullDiagnosticsTests
{
    private LspServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() =>
        _server = await LspServer.StartInitializedAsync("""{"general":{"positionEncodings":["utf-8"]},"textDocument":{"diagnostic":{"dynamicRegistration":false}}}""");

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Pulled_diagnostics_count_utf8_bytes()
    {
        string text = Baseline.ReadFixture("Diagnostics/content.Dockerfile");
        string uri = await _server.OpenAsync("utf8.Dockerfile", text);
        var report = await _server.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.That(report.GetProperty("kind").GetString(), Is.EqualTo("full"));
        var items = report.GetProperty("items");
        Baseline.Check("Diagnostics/content.utf-8.json", items, _server);
        var df1001 = items.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DF1001");
        Assert.That(df1001.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32(), Is.EqualTo(28), "UTF-8: é and ö are two bytes each (26 UTF-16 units)");
        foreach (var item in items.EnumerateArray())
        {
            // Every range, read as UTF-8 columns, covers whole characters of the text.
            string covered = TextEdits.TextOf(text, item.GetProperty("range"), utf8: true);
            Assert.That(text, Does.Contain(covered));
        }

        Assert.That(TextEdits.TextOf(text, df1001.GetProperty("range"), utf8: true), Is.EqualTo("apt-get install"));
    }

    [Test]
    public async Task Document_diagnostic_is_full_then_unchanged_then_full_after_an_edit()
    {
        string uri = await _server.OpenAsync("pull.Dockerfile", "FROM alpine:3.20\nMAINTAINER someone\n");
        var first = await _server.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.That(first.GetProperty("kind").GetString(), Is.EqualTo("full"));
        Assert.That(first.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()), Is.EqualTo(new[] { "DF3040" }));
        string resultId = first.GetProperty("resultId").GetString()!;

        var second = await _server.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = resultId });
        Assert.That(second.GetProperty("kind").GetString(), Is.EqualTo("unchanged"));
        Assert.That(second.GetProperty("resultId").GetString(), Is.EqualTo(resultId));
        Assert.That(second.TryGetProperty("items", out _), Is.False);

        await _server.ChangeAsync(uri, 2, LspServer.Change(1, 0, 2, 0, string.Empty));
        var third = await _server.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri }, previousResultId = resultId });
        Assert.That(third.GetProperty("kind").GetString(), Is.EqualTo("full"));
        Assert.That(third.GetProperty("resultId").GetString(), Is.Not.EqualTo(resultId));
        Assert.That(third.GetProperty("items").GetArrayLength(), Is.EqualTo(0), "MAINTAINER was deleted");

        Assert.That(_server.PublishesFor(uri), Is.Empty, "a client that pulls gets no pushes");
    }

    [Test]
    public async Task Workspace_diagnostic_reports_every_open_document_with_its_version()
    {
        string a = await _server.OpenAsync("ws-a.Dockerfile", "FROM alpine:3.20\nMAINTAINER a\n", version: 3);
        string b = await _server.OpenAsync("ws-b.Dockerfile", "FROM alpine:3.20\nWORKDIR relative\n", version: 9);
        var report = await _server.RequestAsync("workspace/diagnostic", new { previousResultIds = new JsonArray() });
        var items = report.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("uri").GetString()!);
        Assert.That(items.Keys, Is.SupersetOf(new[] { a, b }));
        Assert.That(items[a].GetProperty("kind").GetString(), Is.EqualTo("full"));
        Assert.That(items[a].GetProperty("version").GetInt32(), Is.EqualTo(3));
        Assert.That(items[a].GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()), Is.EqualTo(new[] { "DF3040" }));
        Assert.That(items[b].GetProperty("version").GetInt32(), Is.EqualTo(9));
        Assert.That(items[b].GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()), Is.EqualTo(new[] { "DF1003" }));
    }
}
