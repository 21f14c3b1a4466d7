using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// initialize, shutdown and exit. The process's own exit code is the subject here, so each test starts its own
/// server (one process per test, not per class).
/// </summary>
public class LifecycleTests
{
    /// <summary>Every provider the server registers, with the value it advertises.</summary>
    [Test]
    public async Task Initialize_advertises_every_provider_the_server_answers()
    {
        await using var server = await LspServer.StartInitializedAsync();
        var result = server.InitializeResult;
        Assert.That(result.GetProperty("serverInfo").GetProperty("name").GetString(), Is.EqualTo("dfa"));
        var capabilities = result.GetProperty("capabilities");
        var names = capabilities.EnumerateObject().Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.That(names, Is.EqualTo(new[]
        {
            "codeActionProvider", "completionProvider", "definitionProvider", "diagnosticProvider", "documentFormattingProvider",
            "documentHighlightProvider", "documentLinkProvider", "documentOnTypeFormattingProvider", "documentRangeFormattingProvider",
            "documentSymbolProvider", "foldingRangeProvider", "hoverProvider", "inlayHintProvider",
            "positionEncoding", "referencesProvider", "renameProvider", "selectionRangeProvider", "semanticTokensProvider",
            "signatureHelpProvider", "textDocumentSync", "workspaceSymbolProvider",
        }));
        Assert.That(capabilities.GetProperty("documentOnTypeFormattingProvider").GetProperty("firstTriggerCharacter").GetString(), Is.EqualTo("\n"));
        foreach (string flag in new[] { "documentFormattingProvider", "documentRangeFormattingProvider", "hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider", "selectionRangeProvider", "inlayHintProvider" })
        {
            Assert.That(capabilities.GetProperty(flag).ValueKind, Is.EqualTo(JsonValueKind.True), flag);
        }

        var sync = capabilities.GetProperty("textDocumentSync");
        Assert.That(sync.GetProperty("openClose").GetBoolean(), Is.True);
        Assert.That(sync.GetProperty("change").GetInt32(), Is.EqualTo(2), "incremental sync");
        Assert.That(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean(), Is.True);
        Assert.That(capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()), Is.EquivalentTo(new[] { "quickfix", "source.fixAll.dfa" }));
        var tokens = capabilities.GetProperty("semanticTokensProvider");
        Assert.That(tokens.GetProperty("range").GetBoolean(), Is.True);
        Assert.That(tokens.GetProperty("full").GetProperty("delta").GetBoolean(), Is.True);
        Assert.That(tokens.GetProperty("legend").GetProperty("tokenTypes").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(c => c.GetString()), Does.Contain("-").And.Contain("$"));
        Assert.That(capabilities.GetProperty("signatureHelpProvider").GetProperty("triggerCharacters").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(await server.ShutdownAndExitAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task Position_encoding_is_utf16_by_default()
    {
        await using var server = await LspServer.StartInitializedAsync();
        Assert.That(server.InitializeResult.GetProperty("capabilities").GetProperty("positionEncoding").GetString(), Is.EqualTo("utf-16"));
    }

    [Test]
    public async Task Position_encoding_is_utf8_when_the_client_offers_it()
    {
        await using var server = await LspServer.StartInitializedAsync("""{"general":{"positionEncodings":["utf-8","utf-16"]}}""");
        Assert.That(server.InitializeResult.GetProperty("capabilities").GetProperty("positionEncoding").GetString(), Is.EqualTo("utf-8"));
    }

    [Test]
    public async Task Position_encoding_stays_utf16_when_the_client_offers_only_utf32()
    {
        await using var server = await LspServer.StartInitializedAsync("""{"general":{"positionEncodings":["utf-32"]}}""");
        Assert.That(server.InitializeResult.GetProperty("capabilities").GetProperty("positionEncoding").GetString(), Is.EqualTo("utf-16"));
    }

    [Test]
    public async Task Shutdown_then_exit_ends_with_exit_code_0()
    {
        await using var server = await LspServer.StartInitializedAsync();
        await server.OpenAsync("Dockerfile", "FROM alpine:3.20\n");
        Assert.That(await server.ShutdownAndExitAsync(), Is.EqualTo(0));
        Assert.That(server.CheckStdoutIsProtocolOnly(), Is.GreaterThan(0));
        Assert.That(server.StandardError, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task Exit_without_shutdown_ends_with_exit_code_1()
    {
        await using var server = await LspServer.StartInitializedAsync();
        await server.NotifyAsync("exit", new System.Text.Json.Nodes.JsonObject());
        Assert.That(await server.WaitForExitAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Closing_stdin_ends_the_process()
    {
        await using var server = await LspServer.StartInitializedAsync();
        await server.OpenAsync("Dockerfile", "FROM alpine:3.20\n");
        server.CloseInput();
        Assert.That(await server.WaitForExitAsync(), Is.EqualTo(1), "the client left without shutdown");
        Assert.That(server.StandardError, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task Closing_stdin_after_shutdown_ends_with_exit_code_0()
    {
        await using var server = await LspServer.StartInitializedAsync();
        await server.RequestAsync("shutdown", new System.Text.Json.Nodes.JsonObject());
        server.CloseInput();
        Assert.That(await server.WaitForExitAsync(), Is.EqualTo(0));
    }
}
