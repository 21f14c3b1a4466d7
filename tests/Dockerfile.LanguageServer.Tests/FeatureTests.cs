using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NUnit.Framework;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// The editor features over the wire. Data-driven: every fixture under <c>Fixtures/Features/</c> is opened, every
/// request at every marker and every document-wide request is made, and the answers (semantic tokens decoded with the
/// advertised legend) are compared with <c>NAME.expected.json</c>. Focused tests then check the values that matter.
/// </summary>
public class FeatureTests
{
    private static readonly string[] AtMarker = ["textDocument/hover", "textDocument/completion", "textDocument/signatureHelp", "textDocument/definition", "textDocument/references", "textDocument/documentHighlight", "textDocument/prepareRename"];
    private static readonly string[] WholeDocument = ["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/documentLink", "textDocument/inlayHint", "textDocument/semanticTokens/full"];
    private LspServer _server = null!;
    private MarkedText _features = null!;
    private string _uri = null!;

    public static IEnumerable<string> Fixtures() =>
        Directory.GetFiles(Path.Combine(Baseline.FixtureFolder, "Features"), "*.Dockerfile").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal)!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await LspServer.StartInitializedAsync();
        File.WriteAllText(Path.Combine(_server.Folder, "app.txt"), "context file\n");
        _features = MarkedText.Parse(Baseline.ReadFixture("Features/features.Dockerfile"));
        _uri = await _server.OpenAsync("features.Dockerfile", _features.Text);
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        await _server.DisposeAsync();
    }

    [TestCaseSource(nameof(Fixtures))]
    public async Task Every_request_answers_as_the_baseline(string name)
    {
        var marked = MarkedText.Parse(Baseline.ReadFixture("Features/" + name + ".Dockerfile"));
        string uri = await _server.OpenAsync("baseline-" + name + ".Dockerfile", marked.Text);
        var result = new JsonObject();
        var legend = _server.InitializeResult.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend");
        foreach (var (marker, (line, character)) in marked.Markers)
        {
            var answers = new JsonObject { ["position"] = $"{line}:{character}" };
            foreach (string method in AtMarker)
            {
                var parameters = new { textDocument = new { uri }, position = new { line, character }, context = new { includeDeclaration = true } };
                var answer = await _server.RequestAsync(method, parameters);
                answers[method] = method == "textDocument/completion" ? Labels(answer) : JsonNode.Parse(answer.GetRawText());
            }

            result["$" + marker] = answers;
        }

        foreach (string method in WholeDocument)
        {
            var answer = await _server.RequestAsync(method, new { textDocument = new { uri } });
            result[method] = method.EndsWith("/full", StringComparison.Ordinal) ? Decode(answer, legend, marked.Text) : JsonNode.Parse(answer.GetRawText());
        }

        Baseline.Check("Features/" + name + ".expected.json", result, _server);
    }

    [Test]
    public async Task Completion_offers_the_BuildKit_flags()
    {
        Assert.That(await CompletionLabels(3), Is.SupersetOf(new[] { "--mount", "--network", "--security" }));
        Assert.That(await CompletionLabels(5), Is.SupersetOf(new[] { "--link", "--parents", "--exclude", "--chmod", "--chown", "--from" }));
        Assert.That(await CompletionLabels(5), Does.Not.Contain("--mount"));
        Assert.That(await CompletionLabels(7), Is.SupersetOf(new[] { "--checksum", "--keep-git-dir", "--link" }));
        Assert.That(await CompletionLabels(9), Is.SupersetOf(new[] { "bind", "cache", "tmpfs", "secret", "ssh" }));
        Assert.That(await CompletionLabels(6), Does.Contain("builder"), "stage names after --from=");
    }

    [Test]
    public async Task Hover_shows_a_variables_value_and_an_image_reference()
    {
        var hover = await At("textDocument/hover", 4);
        Assert.That(hover.GetProperty("contents").GetProperty("kind").GetString(), Is.EqualTo("markdown"));
        Assert.That(hover.GetProperty("contents").GetProperty("value").GetString(), Is.EqualTo("`$APP_VERSION` = `1.2.3`\n\nSet on line 5 by ENV."));
        Assert.That(TextEdits.TextOf(_features.Text, hover.GetProperty("range")), Is.EqualTo("APP_VERSION"));
        var image = (await At("textDocument/hover", 0)).GetProperty("contents").GetProperty("value").GetString();
        Assert.That(image, Does.Contain("`alpine:3.20`").And.Contain("`library/alpine`").And.Contain("`docker.io`"), "FROM ${BASE} shows the image BASE expands to");
        var flag = await At("textDocument/hover", 9);
        Assert.That(flag.GetProperty("contents").GetProperty("value").GetString(), Does.StartWith("`type=cache`"));
    }

    [Test]
    public async Task Signature_help_for_an_instruction()
    {
        var help = await At("textDocument/signatureHelp", 5);
        var signature = help.GetProperty("signatures")[0];
        Assert.That(signature.GetProperty("label").GetString(), Is.EqualTo("COPY [--flags] <src>... <dest>"));
        Assert.That(signature.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("label").GetString()), Does.Contain("[--flags]"));
        Assert.That(help.GetProperty("activeParameter").GetInt32(), Is.EqualTo(0), "the cursor is on the flags");
        var cmd = await At("textDocument/signatureHelp", 8);
        Assert.That(cmd.GetProperty("signatures")[0].GetProperty("label").GetString(), Does.StartWith("CMD"));
    }

    [Test]
    public async Task Definition_references_and_highlights_of_a_stage()
    {
        var definition = await At("textDocument/definition", 6);
        Assert.That(definition.GetArrayLength(), Is.EqualTo(1));
        Assert.That(definition[0].GetProperty("uri").GetString(), Is.EqualTo(_uri));
        Assert.That(RangeText(definition[0].GetProperty("range")), Is.EqualTo("2:" + "FROM ${BASE} AS ".Length + " builder"));

        var references = await At("textDocument/references", 1);
        Assert.That(references.EnumerateArray().Select(r => RangeText(r.GetProperty("range"))), Is.EquivalentTo(new[] { "2:16 builder", "14:12 builder" }));

        var highlights = await At("textDocument/documentHighlight", 6);
        Assert.That(highlights.EnumerateArray().Select(h => RangeText(h.GetProperty("range")) + " " + h.GetProperty("kind").GetInt32()), Is.EquivalentTo(new[] { "2:16 builder 3", "14:12 builder 2" }));
    }

    [Test]
    public async Task Definition_and_references_of_a_variable()
    {
        var definition = await At("textDocument/definition", 2);
        Assert.That(definition.EnumerateArray().Select(d => RangeText(d.GetProperty("range"))), Is.EqualTo(new[] { "3:4 VERSION" }));
        var references = await At("textDocument/references", 2);
        Assert.That(references.EnumerateArray().Select(r => RangeText(r.GetProperty("range"))), Is.EqualTo(new[] { "3:4 VERSION", "4:17 VERSION" }), "from the '$' of $VERSION");
        var appVersion = await At("textDocument/references", 4);
        Assert.That(appVersion.GetArrayLength(), Is.EqualTo(2), "ENV APP_VERSION and its use inside the RUN string");
    }

    [Test]
    public async Task Rename_a_stage_and_a_variable()
    {
        var prepare = await At("textDocument/prepareRename", 1);
        Assert.That(RangeText(prepare.GetProperty("range")), Is.EqualTo("2:16 builder"));
        Assert.That(prepare.GetProperty("placeholder").GetString(), Is.EqualTo("builder"));

        var edit = await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = _uri }, position = _features.Position(1), newName = "compile" });
        string renamed = TextEdits.ApplyWorkspaceEdit(_features.Text, edit, _uri);
        Assert.That(renamed, Is.EqualTo(_features.Text.Replace(" AS builder", " AS compile", StringComparison.Ordinal).Replace("--from=builder", "--from=compile", StringComparison.Ordinal)));

        var variable = await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = _uri }, position = _features.Position(4), newName = "APP_RELEASE" });
        Assert.That(TextEdits.ApplyWorkspaceEdit(_features.Text, variable, _uri), Is.EqualTo(_features.Text.Replace("APP_VERSION", "APP_RELEASE", StringComparison.Ordinal)));
    }

    [Test]
    public void Rename_to_an_invalid_name_is_an_error_response()
    {
        var error = Assert.ThrowsAsync<RemoteInvocationException>(async () =>
            await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = _uri }, position = _features.Position(1), newName = "not a name!" }));
        Assert.That(error!.ErrorCode, Is.EqualTo(-32803));
        Assert.That(error.Message, Is.Not.Empty);
    }

    [Test]
    public async Task Prepare_rename_where_nothing_can_be_renamed_is_null()
    {
        var result = await At("textDocument/prepareRename", 8);
        Assert.That(result.ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task The_outline_of_each_version_is_its_own()
    {
        // The answer is kept per snapshot: asked twice it is the same, and an edit gives the new version's outline.
        string uri = await _server.OpenAsync("outline.Dockerfile", "FROM alpine:3.20 AS first\nRUN true\n");
        var before = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        var again = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.That(again.GetRawText(), Is.EqualTo(before.GetRawText()));
        await _server.ChangeAsync(uri, 2, new { range = new { start = new { line = 0, character = 20 }, end = new { line = 0, character = 25 } }, text = "second" });
        var after = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.That(after.EnumerateArray().Where(s => s.GetProperty("kind").GetInt32() == 5).Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Document_symbols_are_stages_holding_their_instructions()
    {
        var symbols = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = _uri } });
        var stages = symbols.EnumerateArray().Where(s => s.GetProperty("kind").GetInt32() == 5).ToList();
        Assert.That(stages.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[] { "builder", "stage 1" }));
        var builder = stages[0];
        Assert.That(builder.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "FROM", "ARG", "ENV", "RUN", "RUN", "COPY", "RUN" }));
        Assert.That(builder.GetProperty("children")[1].GetProperty("children")[0].GetProperty("name").GetString(), Is.EqualTo("VERSION"), "an ARG holds its variable");
        Assert.That(stages[1].GetProperty("children").GetArrayLength(), Is.EqualTo(5));
        foreach (var child in builder.GetProperty("children").EnumerateArray())
        {
            Assert.That(Contains(builder.GetProperty("range"), child.GetProperty("range")), Is.True, "a child lies inside its stage");
        }
    }

    [Test]
    public async Task Workspace_symbols_span_the_open_documents()
    {
        string other = await _server.OpenAsync("other.Dockerfile", "FROM alpine:3.20 AS build-tools\nARG BUILD_ID=1\n");
        var symbols = await _server.RequestAsync("workspace/symbol", new { query = "build" });
        var found = symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString() + "@" + Path.GetFileName(new Uri(s.GetProperty("location").GetProperty("uri").GetString()!).LocalPath)).ToList();
        Assert.That(found, Is.SupersetOf(new[] { "builder@features.Dockerfile", "build-tools@other.Dockerfile", "BUILD_ID@other.Dockerfile" }));
        Assert.That(found, Does.Not.Contain("VERSION@features.Dockerfile"), "the query filters");
        await _server.CloseAsync(other);
    }

    [Test]
    public async Task Folding_ranges_cover_stages_and_the_heredoc()
    {
        var folds = await _server.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = _uri } });
        var lines = folds.EnumerateArray().Select(f => f.GetProperty("startLine").GetInt32() + "-" + f.GetProperty("endLine").GetInt32()).ToList();
        Assert.That(lines, Does.Contain("8-11"), "the RUN heredoc");
        Assert.That(lines.Any(l => l.StartsWith("2-", StringComparison.Ordinal)), Is.True, "the first stage");
    }

    [Test]
    public async Task Selection_ranges_grow_outward()
    {
        var result = await _server.RequestAsync("textDocument/selectionRange", new { textDocument = new { uri = _uri }, positions = new[] { _features.Position(4), _features.Position(6) } });
        Assert.That(result.GetArrayLength(), Is.EqualTo(2));
        foreach (var chain in result.EnumerateArray())
        {
            var current = chain;
            int depth = 1;
            while (current.TryGetProperty("parent", out var parent))
            {
                Assert.That(Contains(parent.GetProperty("range"), current.GetProperty("range")), Is.True);
                Assert.That(parent.GetProperty("range").GetRawText(), Is.Not.EqualTo(current.GetProperty("range").GetRawText()));
                current = parent;
                depth++;
            }

            Assert.That(depth, Is.GreaterThanOrEqualTo(3));
        }

        Assert.That(TextEdits.TextOf(_features.Text, result[1].GetProperty("range")), Is.EqualTo("builder"));
    }

    [Test]
    public async Task Document_links_for_an_image_and_a_context_file()
    {
        var links = await _server.RequestAsync("textDocument/documentLink", new { textDocument = new { uri = _uri } });
        var byText = links.EnumerateArray().ToDictionary(l => RangeText(l.GetProperty("range")), l => l.GetProperty("target").GetString());
        Assert.That(byText.Where(p => p.Key.EndsWith("alpine:3.20", StringComparison.Ordinal)).Select(p => p.Value), Has.All.StartWith("https://hub.docker.com/"));
        Assert.That(byText["15:5 app.txt"], Is.EqualTo(new Uri(Path.Combine(_server.Folder, "app.txt")).AbsoluteUri));
    }

    [Test]
    public async Task Inlay_hints_show_variable_values()
    {
        var hints = await _server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri = _uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 18, character = 0 } } });
        var labels = hints.EnumerateArray().Select(h => h.GetProperty("position").GetProperty("line").GetInt32() + ":" + h.GetProperty("label").GetString()).ToList();
        Assert.That(labels, Has.Some.StartsWith("2:").And.Some.Contains("alpine:3.20"));
        Assert.That(labels, Has.Some.StartsWith("4:").And.Some.Contains("1.2.3"));
    }

    [Test]
    public async Task Semantic_tokens_delta_applied_gives_the_new_full_tokens()
    {
        var marked = MarkedText.Parse(Baseline.ReadFixture("Features/features.Dockerfile"));
        string uri = await _server.OpenAsync("tokens.Dockerfile", marked.Text);
        var first = await _server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        int[] previous = first.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.That(previous.Length % 5, Is.EqualTo(0));
        Assert.That(previous.Length, Is.GreaterThan(50));

        // Insert an instruction in the middle.
        await _server.ChangeAsync(uri, 2, LspServer.Change(6, 0, 6, 0, "ENV EXTRA=\"$VERSION\"\n"));
        var delta = await _server.RequestAsync("textDocument/semanticTokens/full/delta", new { textDocument = new { uri }, previousResultId = first.GetProperty("resultId").GetString() });
        Assert.That(delta.TryGetProperty("edits", out var edits), Is.True, "a delta, not the whole data");
        Assert.That(delta.GetProperty("resultId").GetString(), Is.Not.EqualTo(first.GetProperty("resultId").GetString()));
        var data = previous.ToList();
        foreach (var edit in edits.EnumerateArray().OrderByDescending(e => e.GetProperty("start").GetInt32()))
        {
            int start = edit.GetProperty("start").GetInt32();
            data.RemoveRange(start, edit.GetProperty("deleteCount").GetInt32());
            data.InsertRange(start, edit.TryGetProperty("data", out var inserted) ? inserted.EnumerateArray().Select(e => e.GetInt32()) : []);
        }

        int editedSize = edits.EnumerateArray().Sum(e => e.GetProperty("deleteCount").GetInt32() + (e.TryGetProperty("data", out var d) ? d.GetArrayLength() : 0));
        Assert.That(editedSize, Is.LessThan(previous.Length / 2), "the delta is small");
        var full = await _server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        Assert.That(data, Is.EqualTo(full.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToList()));

        // A delta against an unknown result id is the whole data.
        var whole = await _server.RequestAsync("textDocument/semanticTokens/full/delta", new { textDocument = new { uri }, previousResultId = "no-such-id" });
        Assert.That(whole.GetProperty("data").GetArrayLength(), Is.EqualTo(data.Count));
    }

    [Test]
    public async Task Semantic_tokens_range_is_the_full_tokens_of_those_lines()
    {
        var full = await _server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = _uri } });
        var range = await _server.RequestAsync("textDocument/semanticTokens/range", new { textDocument = new { uri = _uri }, range = new { start = new { line = 13, character = 0 }, end = new { line = 16, character = 0 } } });
        var all = Absolute(full.GetProperty("data"));
        var some = Absolute(range.GetProperty("data"));
        Assert.That(some, Is.Not.Empty);
        Assert.That(some, Is.EqualTo(all.Where(t => t.Line >= 13 && t.Line < 16).ToList()));
    }

    private static List<(int Line, int Character, int Length, int Type, int Modifiers)> Absolute(JsonElement data)
    {
        int[] d = data.EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var result = new List<(int, int, int, int, int)>();
        int line = 0;
        int character = 0;
        for (int i = 0; i + 4 < d.Length; i += 5)
        {
            line += d[i];
            character = d[i] == 0 ? character + d[i + 1] : d[i + 1];
            result.Add((line, character, d[i + 2], d[i + 3], d[i + 4]));
        }

        return result;
    }

    private static JsonNode Labels(JsonElement completion) =>
        new JsonArray(completion.GetProperty("items").EnumerateArray().Select(i => (JsonNode?)JsonValue.Create(i.GetProperty("label").GetString())).ToArray());

    private static JsonNode Decode(JsonElement tokens, JsonElement legend, string text)
    {
        var types = legend.GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var modifiers = legend.GetProperty("tokenModifiers").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var result = new JsonArray();
        foreach (var (line, character, length, type, mods) in Absolute(tokens.GetProperty("data")))
        {
            int offset = TextEdits.ToOffset(text, line, character);
            string names = string.Join(",", modifiers.Where((_, i) => (mods & (1 << i)) != 0));
            result.Add($"{line}:{character} {types[type]}{(names.Length > 0 ? "[" + names + "]" : string.Empty)} {text.Substring(offset, length)}");
        }

        return result;
    }

    private static bool Contains(JsonElement outer, JsonElement inner) =>
        Compare(outer.GetProperty("start"), inner.GetProperty("start")) <= 0 && Compare(inner.GetProperty("end"), outer.GetProperty("end")) <= 0;

    private static int Compare(JsonElement a, JsonElement b)
    {
        int line = a.GetProperty("line").GetInt32().CompareTo(b.GetProperty("line").GetInt32());
        return line != 0 ? line : a.GetProperty("character").GetInt32().CompareTo(b.GetProperty("character").GetInt32());
    }

    private string RangeText(JsonElement range) =>
        range.GetProperty("start").GetProperty("line").GetInt32() + ":" + range.GetProperty("start").GetProperty("character").GetInt32() + " " + TextEdits.TextOf(_features.Text, range);

    private Task<JsonElement> At(string method, int marker) =>
        _server.RequestAsync(method, new { textDocument = new { uri = _uri }, position = _features.Position(marker), context = new { includeDeclaration = true } });

    private async Task<List<string>> CompletionLabels(int marker)
    {
        var completion = await At("textDocument/completion", marker);
        return completion.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!).ToList();
    }
}
