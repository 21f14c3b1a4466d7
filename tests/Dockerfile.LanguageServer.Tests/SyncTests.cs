using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>Text sync and push diagnostics: one server for the class, each test on documents of its own.</summary>
public class SyncTests
{
    private const string Original =
        "FROM ubuntu:22.04\r\n" +
        "RUN apt-get update\r\n" +
        "RUN apt-get install curl\r\n" +
        "LABEL note=\"emoji \U0001F600 here\"\r\n" +
        "CMD echo hi\r\n";

    private LspServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LspServer.StartInitializedAsync();

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        Assert.That(_server.CheckStdoutIsProtocolOnly(), Is.GreaterThan(0));
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Open_publishes_diagnostics_with_the_opened_version()
    {
        string uri = await _server.OpenAsync("open.Dockerfile", Original, version: 7);
        var publish = await _server.WaitForPublishAsync(uri);
        Assert.That(publish.GetProperty("version").GetInt32(), Is.EqualTo(7));
        var codes = publish.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.That(codes, Does.Contain("DF1001"), "apt-get install without -y");
        Assert.That(codes, Does.Contain("DF1002"), "CMD in shell form");
    }

    [Test]
    public async Task Several_incremental_changes_in_one_notification_give_the_diagnostics_of_the_final_text()
    {
        var changes = new[]
        {
            // Line 2: "curl" -> "-y curl git" (fixes DF1001).
            (2, 20, 2, 24, "-y curl git"),
            // Line 3: after the surrogate pair (UTF-16 columns 18-19), inside the quoted value.
            (3, 20, 3, 20, "X"),
            // A new relative WORKDIR at line 1 (DF1003), with CRLF, before the lines just edited.
            (1, 0, 1, 0, "WORKDIR app\r\n"),
            // The last line: shell form to exec form (fixes DF1002), replacing across the CRLF of line 4.
            (4, 27, 5, 11, "\r\nCMD [\"echo\", \"hi\"]"),
        };
        string expected = TextEdits.ApplyChanges(Original, changes);
        Assert.That(expected, Does.Contain("\U0001F600X here").And.Contain("RUN apt-get install -y curl git\r\n").And.EndWith("CMD [\"echo\", \"hi\"]\r\n"), "sanity: the edits do what the test says");

        string uri = await _server.OpenAsync("edited.Dockerfile", Original);
        await _server.WaitForVersionAsync(uri, 1);
        await _server.ChangeAsync(uri, 2, changes.Select(c => LspServer.Change(c.Item1, c.Item2, c.Item3, c.Item4, c.Item5)).ToArray());
        var edited = await _server.WaitForVersionAsync(uri, 2);

        string freshUri = await _server.OpenAsync("fresh.Dockerfile", expected);
        var fresh = await _server.WaitForVersionAsync(freshUri, 1);
        Assert.That(edited.GetProperty("diagnostics").GetRawText(), Is.EqualTo(fresh.GetProperty("diagnostics").GetRawText()));
        var codes = edited.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.That(codes, Does.Contain("DF1003").And.Not.Contain("DF1001").And.Not.Contain("DF1002"));
    }

    [Test]
    public async Task A_full_text_change_replaces_the_document()
    {
        string uri = await _server.OpenAsync("full.Dockerfile", Original);
        await _server.WaitForVersionAsync(uri, 1);
        await _server.ChangeAsync(uri, 2, new { text = "FROM alpine:3.20\nMAINTAINER someone\n" });
        var publish = await _server.WaitForVersionAsync(uri, 2);
        Assert.That(publish.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()), Is.EqualTo(new[] { "DF3040" }));
    }

    [Test]
    public async Task A_change_with_a_version_not_newer_is_ignored()
    {
        string uri = await _server.OpenAsync("stale.Dockerfile", "FROM alpine:3.20\nMAINTAINER someone\n", version: 5);
        var opened = await _server.WaitForVersionAsync(uri, 5);
        await _server.ChangeAsync(uri, 4, new { text = "FROM alpine:3.20\n" });
        await _server.ChangeAsync(uri, 5, new { text = "FROM alpine:3.20\n" });
        await _server.WaitForLogAsync(m => m.Contains("version 4 is not newer than 5") && m.Contains(uri));
        await _server.WaitForLogAsync(m => m.Contains("version 5 is not newer than 5") && m.Contains(uri));

        // An empty change with a newer version: what it publishes is the text of version 5, untouched.
        await _server.ChangeAsync(uri, 6, LspServer.Change(0, 0, 0, 0, string.Empty));
        var after = await _server.WaitForVersionAsync(uri, 6);
        Assert.That(after.GetProperty("diagnostics").GetRawText(), Is.EqualTo(opened.GetProperty("diagnostics").GetRawText()));
        Assert.That(after.GetProperty("diagnostics").GetArrayLength(), Is.EqualTo(1), "DF3040 is still there");
    }

    [Test]
    public async Task Close_clears_the_diagnostics()
    {
        string uri = await _server.OpenAsync("closed.Dockerfile", "FROM alpine:3.20\nMAINTAINER someone\n");
        var opened = await _server.WaitForVersionAsync(uri, 1);
        Assert.That(opened.GetProperty("diagnostics").GetArrayLength(), Is.EqualTo(1));
        await _server.CloseAsync(uri);
        var cleared = await _server.WaitForPublishAsync(uri, skip: 1);
        Assert.That(cleared.GetProperty("diagnostics").GetArrayLength(), Is.EqualTo(0));
        Assert.That(cleared.TryGetProperty("version", out _), Is.False, "a clear after close names no version");
    }

    [Test]
    public async Task Rapid_edits_publish_the_last_version()
    {
        string uri = await _server.OpenAsync("rapid.Dockerfile", "FROM alpine:3.20\nRUN echo 1\n");
        await _server.WaitForVersionAsync(uri, 1);
        for (int v = 2; v <= 10; v++)
        {
            await _server.ChangeAsync(uri, v, LspServer.Change(1, 9, 1, 10, v.ToString(System.Globalization.CultureInfo.InvariantCulture)[^1..]));
        }

        await _server.ChangeAsync(uri, 11, LspServer.Change(1, 0, 1, 0, "MAINTAINER x\n"));
        var last = await _server.WaitForVersionAsync(uri, 11);
        Assert.That(last.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()), Is.EqualTo(new[] { "DF3040" }));
        Assert.That(_server.PublishesFor(uri).Select(p => p.GetProperty("version").GetInt32()), Is.Ordered, "versions are published in order");
    }
}
