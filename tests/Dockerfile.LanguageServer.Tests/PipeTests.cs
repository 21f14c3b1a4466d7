using System;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer.Tests;

/// <summary><c>dfa lsp --pipe NAME</c>: the server connects to a named pipe (a Unix domain socket on Linux) that the client listens on.</summary>
public class PipeTests
{
    /// <summary>What the server publishes, handed to the test.</summary>
    private sealed class Client
    {
        public TaskCompletionSource<JsonElement> Published { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) => Published.TrySetResult(parameters);
    }

    [Test]
    public async Task The_server_talks_over_a_pipe_and_leaves_stdout_empty()
    {
        string name = "dfa-lsp-test-" + Guid.NewGuid().ToString("N");
        await using var pipe = new NamedPipeServerStream(name, PipeDirection.InOut, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dfa.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--pipe");
        start.ArgumentList.Add(name);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(LspServer.Patience);
        await pipe.WaitForConnectionAsync(patience.Token);

        var client = new Client();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(pipe, pipe, new SystemTextJsonFormatter()));
        rpc.AddLocalRpcTarget(client);
        rpc.StartListening();
        var initialize = await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } }, patience.Token);
        Assert.That(initialize.GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32(), Is.EqualTo(2));
        await rpc.NotifyWithParameterObjectAsync("initialized", new { });
        string uri = new Uri(Path.Combine(Path.GetTempPath(), name, "Dockerfile")).AbsoluteUri;
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "dockerfile", version = 1, text = "FROM alpine:3.20\nMAINTAINER me\n" } });
        var published = await client.Published.Task.WaitAsync(patience.Token);
        Assert.That(published.GetProperty("diagnostics")[0].GetProperty("code").GetString(), Is.EqualTo("DF3040"));

        await rpc.InvokeWithParameterObjectAsync<JsonElement>("shutdown", null, patience.Token);
        await rpc.NotifyAsync("exit");
        await process.WaitForExitAsync(patience.Token);
        Assert.That(process.ExitCode, Is.EqualTo(0), await stderr);
        Assert.That(await stdout, Is.Empty, "with --pipe, standard output carries nothing");
    }
}
