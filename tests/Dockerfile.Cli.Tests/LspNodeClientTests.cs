using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>
/// <c>dfa lsp</c> driven by a client we did not write: <c>tests/lsp-node/lsp-test.js</c> uses npm's
/// <c>vscode-languageserver-protocol</c> to initialize, open the fixture, send incremental edits, wait for the
/// versioned diagnostics, ask for what the server advertises and shut it down. The diagnostics it saw must be the
/// ones <c>dfa lint</c> reports for the same text.
/// </summary>
public class LspNodeClientTests
{
    private const string ScriptFolder = "tests/lsp-node";

    [Test]
    public void Node_client_sees_the_diagnostics_lint_reports_after_incremental_edits() =>
        AssertNodeClientSeesWhatLintReports("dotnet", Path.Combine(AppContext.BaseDirectory, "dfa.dll"), "lsp");

    /// <summary>
    /// Runs the npm client against a server started by <paramref name="server"/> (the JIT <c>dfa.dll</c> here, the
    /// native <c>dfa</c> in <see cref="NativeBuildTests"/>) and checks what it saw against <c>dfa lint</c>.
    /// </summary>
    internal static void AssertNodeClientSeesWhatLintReports(params string[] server)
    {
        string script = RequireNodeClient();
        string folder = CliRunner.CreateTempFolder();
        try
        {
            string fixture = Path.Combine(CliRunner.RepositoryRoot, ScriptFolder, "fixture");
            string dockerfile = Path.Combine(folder, "Dockerfile");
            File.Copy(Path.Combine(fixture, "Dockerfile"), dockerfile);
            string resultFile = Path.Combine(folder, "result.json");
            string[] arguments = new[] { script, "--file", dockerfile, "--script", Path.Combine(fixture, "script.json"), "--out", resultFile, "--" }.Concat(server).ToArray();
            var run = CliRunner.RunProcess("node", CliRunner.RepositoryRoot, null, null, arguments);
            Assert.That(run.ExitCode, Is.EqualTo(0), "lsp-test.js failed:\n" + run.Error);

            using var json = JsonDocument.Parse(File.ReadAllText(resultFile));
            var result = json.RootElement;
            Assert.That(result.GetProperty("exitCode").GetInt32(), Is.EqualTo(0));
            Assert.That(result.GetProperty("protocolErrors").GetArrayLength(), Is.EqualTo(0));
            Assert.That(result.GetProperty("stderr").GetString(), Does.Not.Contain("   at "), "a stack trace on standard error");
            var capabilities = result.GetProperty("capabilities");
            Assert.That(capabilities.GetProperty("textDocumentSync").GetInt32(), Is.EqualTo(2), "incremental sync");
            Assert.That(result.GetProperty("version").GetInt32(), Is.EqualTo(4));

            // The text the client ended with is the one the edits describe, and what the server published for the
            // opened text and for the last version equals what dfa lint reports for those texts.
            string original = File.ReadAllText(Path.Combine(fixture, "Dockerfile"));
            string final = result.GetProperty("finalText").GetString()!;
            Assert.That(final, Does.Contain("RUN apt-get update && apt-get install -y git\n").And.Contain("WORKDIR /app\n").And.Contain("CMD [\"echo\", \"done\"]").And.Contain("$VERSION!\""));
            Assert.That(Published(result.GetProperty("opened")), Is.EqualTo(Linted(dockerfile, original)));
            var finalDiagnostics = Published(result.GetProperty("diagnostics"));
            Assert.That(finalDiagnostics, Is.EqualTo(Linted(dockerfile, final)));
            Assert.That(finalDiagnostics, Is.Not.Empty);
            Assert.That(finalDiagnostics.Select(d => d.Split(' ')[0]), Does.Not.Contain("DF1000"), "sanity: the fixture has no parse errors");

            if (capabilities.GetProperty("hover").GetBoolean())
            {
                Assert.That(result.GetProperty("hover").GetString(), Does.Contain("1.2.3"), "hover on $VERSION shows its value");
            }

            if (capabilities.GetProperty("completion").GetBoolean())
            {
                var labels = result.GetProperty("completion").EnumerateArray().Select(e => e.GetString()!).ToList();
                Assert.That(labels, Has.Some.StartsWith("RUN"), "instruction completion on an empty line");
                Assert.That(labels, Has.Some.StartsWith("HEALTHCHECK"));
            }

            if (capabilities.GetProperty("codeAction").GetBoolean())
            {
                // Two consecutive RUNs (lines 3-4) have a fix (DF2140).
                var actions = result.GetProperty("codeActions").EnumerateArray().ToList();
                Assert.That(actions.Any(a => a.GetProperty("kind").GetString() is { } kind && kind.StartsWith("quickfix", StringComparison.Ordinal)
                    && (a.GetProperty("hasEdit").GetBoolean() || a.GetProperty("command").ValueKind == JsonValueKind.String)), Is.True,
                    "a quick fix with an edit or a command");
            }

            if (capabilities.GetProperty("semanticTokensFull").GetBoolean())
            {
                Assert.That(result.GetProperty("semanticTokens").GetProperty("count").GetInt32(), Is.GreaterThan(10));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The script's path; skips (locally) or fails (on CI) when node or its packages are missing.</summary>
    internal static string RequireNodeClient()
    {
        if (!Directory.Exists(Path.Combine(CliRunner.RepositoryRoot, "src", "Dockerfile.LanguageServer")))
        {
            TestSkip.Because("this build has no language server (src/Dockerfile.LanguageServer), so there is no dfa lsp to drive");
        }

        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        string? whyNot = null;
        bool hasNode;
        try
        {
            hasNode = CliRunner.RunProcess("node", CliRunner.RepositoryRoot, null, null, "--version").ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            hasNode = false;
        }

        string modules = Path.Combine(CliRunner.RepositoryRoot, ScriptFolder, "node_modules", "vscode-languageserver-protocol");
        if (!hasNode)
        {
            whyNot = "node is not installed: dfa lsp was not driven by the npm LSP client (tests/lsp-node)";
        }
        else if (!Directory.Exists(modules))
        {
            whyNot = "tests/lsp-node/node_modules is missing: run `npm ci --prefix tests/lsp-node` (.ci/run does)";
        }

        if (whyNot != null)
        {
            if (ci)
            {
                Assert.Fail(whyNot);
            }

            TestSkip.Because(whyNot);
        }

        return Path.Combine(CliRunner.RepositoryRoot, ScriptFolder, "lsp-test.js");
    }

    /// <summary>Published diagnostics as <c>ID line:col-line:col url</c> (0-based, as LSP counts), sorted.</summary>
    private static List<string> Published(JsonElement diagnostics) =>
        diagnostics.EnumerateArray().Select(d =>
        {
            var range = d.GetProperty("range");
            var start = range.GetProperty("start");
            var end = range.GetProperty("end");
            return $"{d.GetProperty("code").GetString()} {start.GetProperty("line").GetInt32()}:{start.GetProperty("character").GetInt32()}-{end.GetProperty("line").GetInt32()}:{end.GetProperty("character").GetInt32()} {d.GetProperty("codeDescription").GetString()}";
        }).OrderBy(s => s, StringComparer.Ordinal).ToList();

    /// <summary>
    /// What <c>dfa lint --format json --no-shellcheck</c> reports for <paramref name="text"/> at <paramref name="path"/>, in
    /// the same form (the server does not run ShellCheck: docs/shellcheck.md).
    /// </summary>
    private static List<string> Linted(string path, string text)
    {
        File.WriteAllText(path, text);
        var (_, output, error) = CliRunner.RunIn(Path.GetDirectoryName(path)!, "lint", "--format", "json", "--no-shellcheck", path);
        Assert.That(error, Is.Empty);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().Select(d =>
            $"{d.GetProperty("ruleId").GetString()} {d.GetProperty("line").GetInt32() - 1}:{d.GetProperty("column").GetInt32() - 1}-{d.GetProperty("endLine").GetInt32() - 1}:{d.GetProperty("endColumn").GetInt32() - 1} {d.GetProperty("helpUri").GetString()}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
    }
}
