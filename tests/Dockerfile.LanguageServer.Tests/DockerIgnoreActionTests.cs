using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// A fix that changes another file: DF2004's .dockerignore fix as a WorkspaceEdit, with a CreateFile operation for a
/// client that can create files, by URI in <c>changes</c> for an existing file, and not offered to a client that
/// cannot create the file.
/// </summary>
public class DockerIgnoreActionTests
{
    private const string Text = "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n";
    private const string Comment = "# Generated and secret files, kept out of the build context (added by dfa fix)";
    private const string Creates = """{"workspace":{"workspaceEdit":{"documentChanges":true,"resourceOperations":["create","rename","delete"]}}}""";

    [Test]
    public async Task A_client_that_creates_files_gets_a_create_operation_and_the_text()
    {
        await using var server = await LspServer.StartInitializedAsync(Creates);
        string folder = MakeContext(server, "create");
        var (uri, action) = await DockerIgnoreAction(server, "create/Dockerfile");

        Assert.That(action.GetProperty("title").GetString(), Is.EqualTo("Create .dockerignore leaving out `dist`"));
        var operations = action.GetProperty("edit").GetProperty("documentChanges").EnumerateArray().ToList();
        Assert.That(operations, Has.Count.EqualTo(2));
        string ignoreUri = new Uri(Path.Combine(folder, ".dockerignore")).AbsoluteUri;
        Assert.That(operations[0].GetProperty("kind").GetString(), Is.EqualTo("create"));
        Assert.That(operations[0].GetProperty("uri").GetString(), Is.EqualTo(ignoreUri));
        Assert.That(operations[0].GetProperty("options").GetProperty("overwrite").GetBoolean(), Is.False);
        Assert.That(operations[1].GetProperty("textDocument").GetProperty("uri").GetString(), Is.EqualTo(ignoreUri));
        Assert.That(operations[1].GetProperty("textDocument").GetProperty("version").ValueKind, Is.EqualTo(JsonValueKind.Null), "a file not open in the editor has no version");
        Assert.That(TextEdits.Apply(string.Empty, operations[1].GetProperty("edits")), Is.EqualTo(Comment + "\ndist\n"));
        Assert.That(action.GetProperty("edit").TryGetProperty("changes", out _), Is.False);
        Assert.That(uri, Does.EndWith("/create/Dockerfile"));
        Assert.That(await server.ShutdownAndExitAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task An_existing_dockerignore_is_edited_by_uri()
    {
        await using var server = await LspServer.StartInitializedAsync();
        string folder = MakeContext(server, "edit");
        File.WriteAllText(Path.Combine(folder, ".dockerignore"), "# ours\n*.md\n");
        var (uri, action) = await DockerIgnoreAction(server, "edit/Dockerfile");

        Assert.That(action.GetProperty("title").GetString(), Is.EqualTo("Add `dist` to .dockerignore"));
        var changes = action.GetProperty("edit").GetProperty("changes");
        string ignoreUri = new Uri(Path.Combine(folder, ".dockerignore")).AbsoluteUri;
        Assert.That(changes.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { ignoreUri }), "the Dockerfile itself is not edited");
        Assert.That(TextEdits.Apply("# ours\n*.md\n", changes.GetProperty(ignoreUri)), Is.EqualTo("# ours\n*.md\n\n" + Comment + "\ndist\n"));
        Assert.That(uri, Does.EndWith("/edit/Dockerfile"));
        Assert.That(await server.ShutdownAndExitAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task A_client_that_cannot_create_files_is_not_offered_the_new_file()
    {
        await using var server = await LspServer.StartInitializedAsync();
        MakeContext(server, "plain");
        string uri = await server.OpenAsync("plain/Dockerfile", Text);
        var diagnostics = (await server.WaitForVersionAsync(uri, 1)).GetProperty("diagnostics");
        var df2004 = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DF2004");
        var actions = await Actions(server, uri, df2004, diagnostics);
        Assert.That(actions.Select(a => a.GetProperty("title").GetString()), Has.None.StartsWith("Create .dockerignore"));
        Assert.That(actions.Select(a => a.GetProperty("title").GetString()), Has.Some.StartsWith("Suppress DF2004"), "the other actions are still there");
        Assert.That(await server.ShutdownAndExitAsync(), Is.EqualTo(0));
    }

    private static string MakeContext(LspServer server, string name)
    {
        string folder = Path.Combine(server.Folder, name);
        Directory.CreateDirectory(Path.Combine(folder, "dist"));
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), Text);
        File.WriteAllText(Path.Combine(folder, "server.js"), "console.log(1)\n");
        File.WriteAllText(Path.Combine(folder, "dist", "bundle.js"), "bundle\n");
        return folder;
    }

    private static async Task<(string Uri, JsonElement Action)> DockerIgnoreAction(LspServer server, string name)
    {
        string uri = await server.OpenAsync(name, Text);
        var diagnostics = (await server.WaitForVersionAsync(uri, 1)).GetProperty("diagnostics");
        var df2004 = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DF2004");
        var actions = await Actions(server, uri, df2004, diagnostics);
        return (uri, actions.Single(a => a.GetProperty("title").GetString()!.Contains(".dockerignore", StringComparison.Ordinal) && a.TryGetProperty("isPreferred", out _)));
    }

    private static async Task<System.Collections.Generic.List<JsonElement>> Actions(LspServer server, string uri, JsonElement diagnostic, JsonElement diagnostics)
    {
        var context = new JsonObject { ["diagnostics"] = JsonNode.Parse(diagnostics.GetRawText()), ["only"] = new JsonArray("quickfix") };
        var result = await server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = JsonNode.Parse(diagnostic.GetProperty("range").GetRawText()), context });
        return result.EnumerateArray().ToList();
    }
}
