using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>
/// One real <c>dotnet dfa.dll lsp</c> process driven over its stdin and stdout by StreamJsonRpc
/// (<see cref="HeaderDelimitedMessageHandler"/> with <see cref="SystemTextJsonFormatter"/>). Records every byte the
/// server wrote to stdout (so a test can check it is nothing but framed JSON-RPC), its stderr, its log messages and
/// every <c>textDocument/publishDiagnostics</c>.
/// </summary>
internal sealed class LspServer : IAsyncDisposable
{
    /// <summary>How long any one wait for the server may take before the test fails (a hang, not a timing).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static readonly JsonSerializerOptions Camel = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly object _gate = new();
    private readonly List<JsonElement> _publishes = new();
    private readonly List<string> _logs = new();
    private readonly List<JsonElement> _registrations = new();
    private readonly StringBuilder _stderr = new();
    private readonly Process _process;
    private readonly RecordingStream _stdout;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LspServer(Process process, string folder)
    {
        _process = process;
        Folder = folder;
        _stdout = new RecordingStream(process.StandardOutput.BaseStream);
        var formatter = new SystemTextJsonFormatter();
        var handler = new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, _stdout, formatter);
        Rpc = new JsonRpc(handler);
        Rpc.AddLocalRpcTarget(new LspClientHandlers(this), new JsonRpcTargetOptions { AllowNonPublicInvocation = true });
        Rpc.StartListening();
    }

    /// <summary>The client's JSON-RPC connection.</summary>
    public JsonRpc Rpc { get; }

    /// <summary>The folder the server runs in and the test's documents live in (deleted on dispose).</summary>
    public string Folder { get; }

    /// <summary>What the client answers to <c>workspace/configuration</c> for each item.</summary>
    public object? Settings { get; set; } = new Dictionary<string, object?>();

    /// <summary>The result of <c>initialize</c>.</summary>
    public JsonElement InitializeResult { get; private set; }

    /// <summary>How many times the server asked for <c>workspace/configuration</c>.</summary>
    public int ConfigurationRequests { get; private set; }

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Logs
    {
        get
        {
            lock (_gate)
            {
                return _logs.ToList();
            }
        }
    }

    public IReadOnlyList<JsonElement> Registrations
    {
        get
        {
            lock (_gate)
            {
                return _registrations.ToList();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet dfa.dll lsp</c> in a new temporary folder; does not initialize.</summary>
    public static LspServer Start()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dfa-lsp-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dfa.dll"));
        start.ArgumentList.Add("lsp");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start)!;
        var server = new LspServer(process, folder);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                lock (server._stderr)
                {
                    server._stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Starts a server and initializes it with these client capabilities (JSON), then sends <c>initialized</c>.</summary>
    public static async Task<LspServer> StartInitializedAsync(string capabilities = "{}", object? initializationOptions = null)
    {
        var server = Start();
        await server.InitializeAsync(capabilities, initializationOptions);
        return server;
    }

    public async Task<JsonElement> InitializeAsync(string capabilities = "{}", object? initializationOptions = null)
    {
        var parameters = new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(Folder).AbsoluteUri,
            ["capabilities"] = JsonNode.Parse(capabilities),
        };
        if (initializationOptions != null)
        {
            parameters["initializationOptions"] = JsonSerializer.SerializeToNode(initializationOptions, Camel);
        }

        InitializeResult = await RequestAsync("initialize", parameters);
        await NotifyAsync("initialized", new JsonObject());
        return InitializeResult;
    }

    /// <summary>The URI of a file in <see cref="Folder"/>.</summary>
    public string UriOf(string name) => new Uri(Path.Combine(Folder, name)).AbsoluteUri;

    /// <summary>Sends a request; parameters are any object serialized with camelCase names (or a <see cref="JsonNode"/>).</summary>
    public async Task<JsonElement> RequestAsync(string method, object parameters, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        var result = await Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, Arguments(parameters), timeout.Token);
        return result.Clone();
    }

    public Task NotifyAsync(string method, object parameters) => Rpc.NotifyWithParameterObjectAsync(method, Arguments(parameters));

    /// <summary>Opens a document and returns its URI.</summary>
    public async Task<string> OpenAsync(string name, string text, int version = 1)
    {
        string uri = UriOf(name);
        await NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "dockerfile", version, text } });
        return uri;
    }

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    /// <summary>An incremental change: replace the range (UTF-16 or the negotiated encoding) with text.</summary>
    public static object Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text };

    /// <summary>All publishes so far for a URI, oldest first.</summary>
    public IReadOnlyList<JsonElement> PublishesFor(string uri)
    {
        lock (_gate)
        {
            return _publishes.Where(p => p.GetProperty("uri").GetString() == uri).ToList();
        }
    }

    /// <summary>Waits for the first publish for <paramref name="uri"/> after the first <paramref name="skip"/> ones that matches.</summary>
    public async Task<JsonElement> WaitForPublishAsync(string uri, Func<JsonElement, bool>? match = null, int skip = 0)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _publishes.Where(p => p.GetProperty("uri").GetString() == uri).Skip(skip).FirstOrDefault(p => match == null || match(p));
                if (found.ValueKind != JsonValueKind.Undefined)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _process.HasExited)
            {
                throw new TimeoutException($"no matching publishDiagnostics for {uri} (server exited: {_process.HasExited}); stderr:\n{StandardError}\nlogs:\n{string.Join("\n", Logs)}");
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    /// <summary>Waits for the publish of exactly this version.</summary>
    public Task<JsonElement> WaitForVersionAsync(string uri, int version) =>
        WaitForPublishAsync(uri, p => p.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version);

    /// <summary>Waits until a log message satisfies the condition.</summary>
    public async Task<string> WaitForLogAsync(Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                string? found = _logs.FirstOrDefault(match);
                if (found != null)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("no matching window/logMessage; logs:\n" + string.Join("\n", Logs));
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    /// <summary>Writes raw bytes to the server's stdin (between messages: only while no other message is being sent).</summary>
    public async Task WriteRawAsync(byte[] bytes)
    {
        var stdin = _process.StandardInput.BaseStream;
        await stdin.WriteAsync(bytes);
        await stdin.FlushAsync();
    }

    /// <summary>Sends <c>shutdown</c> then <c>exit</c> and returns the exit code.</summary>
    public async Task<int> ShutdownAndExitAsync()
    {
        var result = await RequestAsync("shutdown", new JsonObject());
        if (result.ValueKind != JsonValueKind.Null)
        {
            throw new InvalidOperationException("shutdown answered " + result.GetRawText());
        }

        await NotifyAsync("exit", new JsonObject());
        return await WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Closes the server's stdin (the client disappears).</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>
    /// Checks that what the server wrote to stdout (so far) is a sequence of <c>Content-Length</c>-framed JSON-RPC 2.0
    /// messages and nothing else; returns the number of messages, or throws saying what else was there.
    /// </summary>
    public int CheckStdoutIsProtocolOnly()
    {
        byte[] bytes = _stdout.Recorded();
        int offset = 0;
        int count = 0;
        while (offset < bytes.Length)
        {
            int headerEnd = IndexOf(bytes, "\r\n\r\n"u8.ToArray(), offset);
            if (headerEnd < 0)
            {
                throw new InvalidDataException("stdout has bytes that are not a framed message at " + offset + ": " + Encoding.UTF8.GetString(bytes, offset, Math.Min(200, bytes.Length - offset)));
            }

            string headers = Encoding.ASCII.GetString(bytes, offset, headerEnd - offset);
            int? length = null;
            foreach (string header in headers.Split("\r\n"))
            {
                int colon = header.IndexOf(':');
                if (colon < 0)
                {
                    throw new InvalidDataException("stdout has a header line without a colon: " + header);
                }

                if (header.Substring(0, colon).Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header.Substring(colon + 1).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (!header.Substring(0, colon).Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException("stdout has an unknown header: " + header);
                }
            }

            if (length is null)
            {
                throw new InvalidDataException("stdout has a message without Content-Length: " + headers);
            }

            int bodyStart = headerEnd + 4;
            if (bodyStart + length.Value > bytes.Length)
            {
                break; // a message still arriving
            }

            using var body = JsonDocument.Parse(bytes.AsMemory(bodyStart, length.Value));
            if (body.RootElement.GetProperty("jsonrpc").GetString() != "2.0")
            {
                throw new InvalidDataException("stdout has a message that is not JSON-RPC 2.0");
            }

            count++;
            offset = bodyStart + length.Value;
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        if (!_process.HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
                // It exited in between.
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal void OnPublish(JsonElement parameters)
    {
        lock (_gate)
        {
            _publishes.Add(parameters);
            Signal();
        }
    }

    internal void OnLog(string message)
    {
        lock (_gate)
        {
            _logs.Add(message);
            Signal();
        }
    }

    internal void OnRegistration(JsonElement parameters)
    {
        lock (_gate)
        {
            _registrations.Add(parameters);
            Signal();
        }
    }

    internal void OnConfigurationRequest()
    {
        lock (_gate)
        {
            ConfigurationRequests++;
            Signal();
        }
    }

    /// <summary>A parameter object as top-level JSON properties (what StreamJsonRpc sends as named parameters).</summary>
    private static Dictionary<string, object?> Arguments(object parameters)
    {
        var element = parameters is JsonNode node ? JsonSerializer.SerializeToElement(node) : JsonSerializer.SerializeToElement(parameters, Camel);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = property.Value.Clone();
        }

        return result;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        for (int i = from; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }
}
