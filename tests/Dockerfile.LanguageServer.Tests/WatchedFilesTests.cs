using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// A client that watches files for the server (<c>workspace.didChangeWatchedFiles.dynamicRegistration</c>) and answers
/// <c>workspace/configuration</c>: the server registers its watchers and asks for its settings; a <c>.hadolint.yaml</c>
/// written next to an open Dockerfile and notified re-publishes without the rule it ignores.
/// </summary>
public class WatchedFilesTests
{
    private LspServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() =>
        _server = await LspServer.StartInitializedAsync("""{"workspace":{"configuration":true,"didChangeWatchedFiles":{"dynamicRegistration":true}}}""");

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        await _server.DisposeAsync();
    }

    [Test]
    public async Task The_server_registers_watchers_for_its_configuration_files()
    {
        for (int i = 0; i < 100 && _server.Registrations.Count == 0; i++)
        {
            await Task.Delay(50);
        }

        var registration = _server.Registrations.Single().GetProperty("registrations").EnumerateArray().Single();
        Assert.That(registration.GetProperty("method").GetString(), Is.EqualTo("workspace/didChangeWatchedFiles"));
        var globs = registration.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("globPattern").GetString()).ToList();
        Assert.That(globs, Is.SupersetOf(new[] { "**/.editorconfig", "**/.hadolint.yaml", "**/.dockerignore" }));
        Assert.That(_server.ConfigurationRequests, Is.GreaterThanOrEqualTo(1), "the server asked for its settings");
    }

    [Test]
    public async Task A_hadolint_file_that_ignores_a_rule_republishes_without_it()
    {
        string folder = Path.Combine(_server.Folder, "project");
        Directory.CreateDirectory(folder);
        string dockerfile = Path.Combine(folder, "Dockerfile");
        string text = "FROM alpine:3.20\nMAINTAINER someone\nCMD echo hi\n";
        File.WriteAllText(dockerfile, text);
        string uri = await _server.OpenAsync("project/Dockerfile", text);
        var before = await _server.WaitForVersionAsync(uri, 1);
        Assert.That(Codes(before), Is.EqualTo(new[] { "DF3040", "DF1002" }).Or.EquivalentTo(new[] { "DF3040", "DF1002" }));
        int seen = _server.PublishesFor(uri).Count;

        string config = Path.Combine(folder, ".hadolint.yaml");
        File.WriteAllText(config, "ignored: [DL4000]\n");
        await _server.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new System.Uri(config).AbsoluteUri, type = 1 } } });
        var after = await _server.WaitForPublishAsync(uri, skip: seen);
        Assert.That(Codes(after), Is.EqualTo(new[] { "DF1002" }), "DL4000 is DF3040's hadolint name");
        Assert.That(after.GetProperty("version").GetInt32(), Is.EqualTo(1), "the text did not change");

        // Deleting the file brings the rule back.
        File.Delete(config);
        seen = _server.PublishesFor(uri).Count;
        await _server.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new System.Uri(config).AbsoluteUri, type = 3 } } });
        var restored = await _server.WaitForPublishAsync(uri, skip: seen);
        Assert.That(Codes(restored), Is.EquivalentTo(new[] { "DF3040", "DF1002" }));
    }

    [Test]
    public async Task A_change_in_another_folder_leaves_the_document_alone()
    {
        string folder = Path.Combine(_server.Folder, "apart");
        Directory.CreateDirectory(folder);
        string uri = await _server.OpenAsync("apart/Dockerfile", "FROM alpine:3.20\nMAINTAINER someone\n");
        await _server.WaitForVersionAsync(uri, 1);
        string elsewhere = Path.Combine(_server.Folder, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, ".hadolint.yaml"), "ignored: [DL4000]\n");
        await _server.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new System.Uri(Path.Combine(elsewhere, ".hadolint.yaml")).AbsoluteUri, type = 1 } } });

        // A marker document opened afterwards is published after the change was handled (handlers run in order).
        string marker = await _server.OpenAsync("apart/marker.Dockerfile", "FROM alpine:3.20\n");
        await _server.WaitForVersionAsync(marker, 1);
        Assert.That(_server.PublishesFor(uri).Select(Codes), Has.All.EqualTo(new[] { "DF3040" }));
    }

    [Test]
    public async Task Settings_from_workspace_configuration_apply_after_a_configuration_change()
    {
        string uri = await _server.OpenAsync("settings.Dockerfile", "FROM alpine:3.20\nARG VERSION=1.2.3\nRUN echo $VERSION\n");
        await _server.WaitForVersionAsync(uri, 1);
        var range = new { start = new { line = 0, character = 0 }, end = new { line = 3, character = 0 } };
        var before = await _server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range });
        Assert.That(before.EnumerateArray().Select(h => h.GetProperty("label").GetString()), Does.Contain("= 1.2.3"));

        int asked = _server.ConfigurationRequests;
        _server.Settings = new { inlayHints = new { variableValues = false } };
        await _server.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        JsonElement after = default;
        for (int i = 0; i < 100; i++)
        {
            after = await _server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range });
            if (_server.ConfigurationRequests > asked && after.GetArrayLength() == 0)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.That(_server.ConfigurationRequests, Is.GreaterThan(asked), "the server asked for its settings again");
        Assert.That(after.EnumerateArray().Select(h => h.GetProperty("label").GetString()), Is.Empty, "variableValues=false turns the value hints off");
        _server.Settings = new System.Collections.Generic.Dictionary<string, object?>();
    }

    private static string[] Codes(JsonElement publish) =>
        publish.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray();
}
