using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// Bad input never crashes the server: unopened documents, positions past the end, between CR and LF and inside a
/// surrogate pair, cancellation, malformed messages, unknown methods, bad parameters. After all of it the server
/// still answers, has written nothing but protocol to stdout, no stack trace to stderr, and exits with 0.
/// </summary>
public class RobustnessTests
{
    private const string Crlf = "FROM alpine:3.20\r\nLABEL a=\"\U0001F600\"\r\nRUN echo hi\r\n";
    private LspServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LspServer.StartInitializedAsync();

    [OneTimeTearDown]
    public async Task StopServer()
    {
        // Still alive and answering after everything the tests sent.
        string uri = await _server.OpenAsync("alive.Dockerfile", "FROM alpine:3.20\nMAINTAINER x\n");
        Assert.That((await _server.WaitForVersionAsync(uri, 1)).GetProperty("diagnostics").GetArrayLength(), Is.EqualTo(1));
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        Assert.That(_server.CheckStdoutIsProtocolOnly(), Is.GreaterThan(0), "stdout holds only framed JSON-RPC messages");
        Assert.That(_server.StandardError, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace on stderr");
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Requests_for_a_document_that_is_not_open_answer_empty()
    {
        var document = new { uri = _server.UriOf("never-opened.Dockerfile") };
        var position = new { line = 0, character = 0 };
        Assert.That((await _server.RequestAsync("textDocument/hover", new { textDocument = document, position })).ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That((await _server.RequestAsync("textDocument/completion", new { textDocument = document, position })).GetProperty("items").GetArrayLength(), Is.EqualTo(0));
        Assert.That((await _server.RequestAsync("textDocument/definition", new { textDocument = document, position })).GetArrayLength(), Is.EqualTo(0));
        Assert.That((await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = document })).GetArrayLength(), Is.EqualTo(0));
        Assert.That((await _server.RequestAsync("textDocument/codeAction", new { textDocument = document, range = new { start = position, end = position }, context = new { diagnostics = new JsonArray() } })).GetArrayLength(), Is.EqualTo(0));
        Assert.That((await _server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = document })).GetProperty("data").GetArrayLength(), Is.EqualTo(0));
        Assert.That((await _server.RequestAsync("textDocument/diagnostic", new { textDocument = document })).GetProperty("items").GetArrayLength(), Is.EqualTo(0));
        await _server.ChangeAsync(document.uri, 2, LspServer.Change(0, 0, 0, 0, "x"));
        await _server.WaitForLogAsync(m => m.Contains("not open") && m.Contains(document.uri));
        await _server.CloseAsync(document.uri);
    }

    [Test]
    public async Task Ranges_and_positions_past_the_end_are_clamped()
    {
        string uri = await _server.OpenAsync("past-end.Dockerfile", Crlf);
        await _server.WaitForVersionAsync(uri, 1);
        var far = new { line = 1000, character = 1000 };
        Assert.That((await _server.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = far })).ValueKind, Is.EqualTo(JsonValueKind.Null).Or.EqualTo(JsonValueKind.Object));
        var tokens = await _server.RequestAsync("textDocument/semanticTokens/range", new { textDocument = new { uri }, range = new { start = new { line = 1, character = 500 }, end = far } });
        Assert.That(tokens.GetProperty("data").GetArrayLength() % 5, Is.EqualTo(0));
        var actions = await _server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = far }, context = new { diagnostics = new JsonArray() } });
        Assert.That(actions.ValueKind, Is.EqualTo(JsonValueKind.Array));
        var hints = await _server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = new { start = far, end = new { line = 0, character = 0 } } });
        Assert.That(hints.ValueKind, Is.EqualTo(JsonValueKind.Array), "an end before the start");

        // An edit past the end lands at the end.
        await _server.ChangeAsync(uri, 2, LspServer.Change(1000, 0, 1000, 5, "MAINTAINER x\r\n"));
        var edited = await _server.WaitForVersionAsync(uri, 2);
        string fresh = await _server.OpenAsync("past-end-fresh.Dockerfile", Crlf + "MAINTAINER x\r\n");
        Assert.That(edited.GetProperty("diagnostics").GetRawText(), Is.EqualTo((await _server.WaitForVersionAsync(fresh, 1)).GetProperty("diagnostics").GetRawText()));
    }

    [Test]
    public async Task A_position_between_CR_and_LF_is_the_end_of_the_line()
    {
        string uri = await _server.OpenAsync("crlf.Dockerfile", Crlf);
        await _server.WaitForVersionAsync(uri, 1);
        // Line 0 is "FROM alpine:3.20" (16 units); character 17 would be between its CR and LF.
        var between = new { line = 0, character = 17 };
        foreach (string method in new[] { "textDocument/hover", "textDocument/completion", "textDocument/signatureHelp", "textDocument/definition", "textDocument/references", "textDocument/documentHighlight", "textDocument/prepareRename" })
        {
            await _server.RequestAsync(method, new { textDocument = new { uri }, position = between, context = new { includeDeclaration = true } });
        }

        await _server.ChangeAsync(uri, 2, LspServer.Change(0, 17, 0, 17, " AS base"));
        await _server.WaitForVersionAsync(uri, 2);
        var symbols = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.That(symbols[0].GetProperty("name").GetString(), Is.EqualTo("base"), "the text went before the CR: FROM alpine:3.20 AS base");
        var links = await _server.RequestAsync("textDocument/documentLink", new { textDocument = new { uri } });
        Assert.That(links[0].GetProperty("range").GetProperty("end").GetProperty("character").GetInt32(), Is.EqualTo(16));
    }

    [Test]
    public async Task A_position_inside_a_surrogate_pair_moves_to_the_pairs_start()
    {
        string uri = await _server.OpenAsync("surrogate.Dockerfile", Crlf);
        await _server.WaitForVersionAsync(uri, 1);
        // Line 1 is LABEL a="😀": the pair is at units 9 and 10.
        var inside = new { line = 1, character = 10 };
        foreach (string method in new[] { "textDocument/hover", "textDocument/completion", "textDocument/signatureHelp", "textDocument/definition", "textDocument/documentHighlight", "textDocument/prepareRename" })
        {
            await _server.RequestAsync(method, new { textDocument = new { uri }, position = inside });
        }

        var selection = await _server.RequestAsync("textDocument/selectionRange", new { textDocument = new { uri }, positions = new[] { inside } });
        Assert.That(selection[0].GetProperty("range").GetProperty("start").GetProperty("character").GetInt32(), Is.Not.EqualTo(10), "no range starts inside the pair");

        await _server.ChangeAsync(uri, 2, LspServer.Change(1, 10, 1, 10, "X"));
        await _server.WaitForVersionAsync(uri, 2);
        var symbols = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        var label = symbols[0].GetProperty("children").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "LABEL");
        Assert.That(label.GetProperty("detail").GetString(), Is.EqualTo("a=\"X\U0001F600\""), "the insertion went before the pair, never between its halves");
    }

    [Test]
    public async Task Cancel_requests_are_accepted_and_the_server_goes_on()
    {
        string uri = await _server.OpenAsync("cancel.Dockerfile", Crlf);
        await _server.WaitForVersionAsync(uri, 1);

        // A cancellation for an id that was never sent, and one for a finished request.
        await _server.NotifyAsync("$/cancelRequest", new { id = 987654 });
        await _server.NotifyAsync("$/cancelRequest", new { id = 1 });

        // A request cancelled by the client while in flight: StreamJsonRpc sends $/cancelRequest for it.
        using var cancel = new CancellationTokenSource();
        var pending = _server.Rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/semanticTokens/full", new System.Collections.Generic.Dictionary<string, object?> { ["textDocument"] = JsonSerializer.SerializeToElement(new { uri }) }, cancel.Token);
        cancel.Cancel();
        try
        {
            await pending;
        }
        catch (OperationCanceledException)
        {
            // Cancelled before the answer came: what the client expects.
        }

        var tokens = await _server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        Assert.That(tokens.GetProperty("data").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task An_unknown_method_is_a_method_not_found_error_and_an_unknown_notification_is_ignored()
    {
        var error = Assert.ThrowsAsync<RemoteMethodNotFoundException>(async () => await _server.RequestAsync("textDocument/noSuchRequest", new { textDocument = new { uri = "file:///x" } }));
        Assert.That(error!.ErrorCode, Is.EqualTo(JsonRpcErrorCode.MethodNotFound));
        await _server.NotifyAsync("$/setTrace", new { value = "verbose" });
        await _server.NotifyAsync("textDocument/noSuchNotification", new { });
        Assert.That((await _server.RequestAsync("workspace/symbol", new { query = "" })).ValueKind, Is.EqualTo(JsonValueKind.Array));
    }

    [Test]
    public async Task Parameters_of_the_wrong_shape_are_an_error_response()
    {
        string uri = await _server.OpenAsync("bad-params.Dockerfile", Crlf);
        var error = Assert.ThrowsAsync<RemoteInvocationException>(async () =>
            await _server.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = "first", character = 0 } }));
        Assert.That(error!.ErrorCode, Is.EqualTo((int)JsonRpcErrorCode.InvalidParams).Or.EqualTo(-32603).Or.EqualTo((int)JsonRpcErrorCode.InvocationError), "StreamJsonRpc reports an argument it cannot deserialize as an invocation error");
        Assert.That((await _server.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 1 } })).ValueKind, Is.EqualTo(JsonValueKind.Object));
    }

    [Test]
    public async Task A_refused_request_is_an_error_response_with_a_message()
    {
        string uri = await _server.OpenAsync("refused.Dockerfile", "FROM alpine:3.20 AS base\nFROM base\n");
        var error = Assert.ThrowsAsync<RemoteInvocationException>(async () =>
            await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = new { line = 0, character = 21 }, newName = "" }));
        Assert.That(error!.ErrorCode, Is.Not.EqualTo(0));
        Assert.That(error.Message, Is.Not.Empty);
    }
}
