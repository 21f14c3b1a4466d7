using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>What a pushed diagnostic holds (UTF-16 positions): code, rule page, severity, range, tags.</summary>
public class DiagnosticsTests
{
    private const string RulePages = "https://github.com/dockerfile-analysis/dockerfile-analysis/blob/main/docs/rules/";
    private LspServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LspServer.StartInitializedAsync();

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Assert.That(await _server.ShutdownAndExitAsync(), Is.EqualTo(0));
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Pushed_diagnostics_equal_the_baseline()
    {
        string text = Baseline.ReadFixture("Diagnostics/content.Dockerfile");
        string uri = await _server.OpenAsync("content.Dockerfile", text);
        var diagnostics = (await _server.WaitForVersionAsync(uri, 1)).GetProperty("diagnostics");
        Baseline.Check("Diagnostics/content.utf-16.json", diagnostics, _server);

        var byCode = diagnostics.EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!);
        Assert.That(byCode.Keys, Is.SupersetOf(new[] { "DF1001", "DF1002", "DF1003", "DF3040", "DF5081" }));
        foreach (var (code, diagnostic) in byCode)
        {
            Assert.That(diagnostic.GetProperty("codeDescription").GetProperty("href").GetString(), Is.EqualTo(RulePages + code + ".md"));
            Assert.That(diagnostic.GetProperty("message").GetString(), Is.Not.Empty);
        }

        // Severity: DF1003 and DF3040 are errors, DF1001 a warning (the rules' defaults).
        Assert.That(byCode["DF1003"].GetProperty("severity").GetInt32(), Is.EqualTo(1));
        Assert.That(byCode["DF3040"].GetProperty("severity").GetInt32(), Is.EqualTo(1));
        Assert.That(byCode["DF1001"].GetProperty("severity").GetInt32(), Is.EqualTo(2));

        // MAINTAINER is deprecated syntax: the Deprecated tag; nothing else is tagged.
        Assert.That(byCode["DF3040"].GetProperty("tags").EnumerateArray().Select(t => t.GetInt32()), Is.EqualTo(new[] { 2 }));
        Assert.That(byCode.Where(p => p.Key != "DF3040").Where(p => p.Value.TryGetProperty("tags", out _)).Select(p => p.Key), Is.Empty);

        // Ranges, in UTF-16 code units: each covers what the rule is about.
        Assert.That(TextEdits.TextOf(text, byCode["DF3040"].GetProperty("range")), Does.StartWith("MAINTAINER"));
        Assert.That(TextEdits.TextOf(text, byCode["DF5081"].GetProperty("range")), Is.EqualTo("as"));
        Assert.That(TextEdits.TextOf(text, byCode["DF1003"].GetProperty("range")), Is.EqualTo("app"));
        Assert.That(TextEdits.TextOf(text, byCode["DF1001"].GetProperty("range")), Is.EqualTo("apt-get install"));
        Assert.That(byCode["DF1001"].GetProperty("range").GetProperty("start").GetProperty("character").GetInt32(), Is.EqualTo(26), "UTF-16: é and ö are one unit each");
    }
    [Test]
    public async Task An_install_after_the_whole_source_copy_points_at_that_copy()
    {
        string folder = System.IO.Path.Combine(_server.Folder, "node");
        System.IO.Directory.CreateDirectory(folder);
        System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "package.json"), "{\"name\":\"app\",\"version\":\"1.0.0\"}\n");
        System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "package-lock.json"), "{}\n");
        System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "index.js"), "console.log(1)\n");
        string text = "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"index.js\"]\n";
        string uri = await _server.OpenAsync("node/Dockerfile", text);
        var diagnostics = (await _server.WaitForVersionAsync(uri, 1)).GetProperty("diagnostics");
        var df2001 = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DF2001");
        Assert.That(TextEdits.TextOf(text, df2001.GetProperty("range")), Is.EqualTo("RUN npm ci"));
        var related = df2001.GetProperty("relatedInformation").EnumerateArray().Single();
        Assert.That(related.GetProperty("location").GetProperty("uri").GetString(), Is.EqualTo(uri));
        Assert.That(TextEdits.TextOf(text, related.GetProperty("location").GetProperty("range")), Is.EqualTo("COPY . ."));
        Assert.That(related.GetProperty("message").GetString(), Is.Not.Empty);
        Assert.That(diagnostics.EnumerateArray().Where(d => d.GetProperty("code").GetString() != "DF2001").Where(d => d.TryGetProperty("relatedInformation", out _)), Is.Empty);
    }
}
