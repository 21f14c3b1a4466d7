using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Editor;
using Dockerfile.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StreamJsonRpc;
using LspRange = Dockerfile.LanguageServer.Protocol.Range;

namespace Dockerfile.LanguageServer;

/// <summary>
/// The LSP handlers: protocol types and coordinates in, library calls, protocol types out. No analysis lives here.
/// Every handler turns an exception into a JSON-RPC error and a <c>window/logMessage</c>, never a crash.
/// </summary>
internal sealed partial class LanguageServer : IDisposable
{
    // The declared types of publishDiagnostics' parameters (see Publish).
    private static readonly Dictionary<string, Type> s_publishTypes = new(StringComparer.Ordinal)
    {
        ["uri"] = typeof(string),
        ["version"] = typeof(int),
        ["diagnostics"] = typeof(LspDiagnostic[]),
    };

    private static readonly Dictionary<string, Type> s_unversionedPublishTypes = new(StringComparer.Ordinal)
    {
        ["uri"] = typeof(string),
        ["diagnostics"] = typeof(LspDiagnostic[]),
    };

    private readonly JsonRpc _rpc;
    private readonly IDocumentHost _host;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<bool> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TextPositions _positions = new(utf8: false);
    private int _debounceMs = 150;
    private bool _clientPulls;
    private bool _clientHasConfiguration;
    private bool _clientWatchesFiles;
    private bool _clientResolvesEdits;
    private bool _clientCreatesFiles;
    private int _configurationGeneration;
    private bool _inlayValues = true;
    private bool _inlayLayers = true;

    public LanguageServer(JsonRpc rpc, IDocumentHost host)
    {
        _rpc = rpc;
        _host = host;
    }

    public Task Exited => _exited.Task;

    public bool ShutdownRequested { get; private set; }

    public void Register()
    {
        RegisterMethods();
    }

    public void Dispose()
    {
        foreach (var document in _documents.Values)
        {
            document.CancelPending();
        }
    }

    // ---- lifecycle -------------------------------------------------------------------------------------------

    public InitializeResult Initialize(InitializeParams parameters)
    {
        var capabilities = parameters.Capabilities;
        if (TryGet(capabilities, out var encodings, "general", "positionEncodings") && encodings.ValueKind == JsonValueKind.Array
            && encodings.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == "utf-8"))
        {
            _positions = new TextPositions(utf8: true);
        }

        _clientPulls = TryGet(capabilities, out _, "textDocument", "diagnostic");
        _clientHasConfiguration = TryGet(capabilities, out var configuration, "workspace", "configuration") && configuration.ValueKind == JsonValueKind.True;
        _clientWatchesFiles = TryGet(capabilities, out var watch, "workspace", "didChangeWatchedFiles", "dynamicRegistration") && watch.ValueKind == JsonValueKind.True;
        _clientResolvesEdits = TryGet(capabilities, out var resolvable, "textDocument", "codeAction", "resolveSupport", "properties") && resolvable.ValueKind == JsonValueKind.Array
            && resolvable.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.String && p.GetString() == "edit")
            && TryGet(capabilities, out var dataSupport, "textDocument", "codeAction", "dataSupport") && dataSupport.ValueKind == JsonValueKind.True;
        _clientCreatesFiles = TryGet(capabilities, out var documentChanges, "workspace", "workspaceEdit", "documentChanges") && documentChanges.ValueKind == JsonValueKind.True
            && TryGet(capabilities, out var operations, "workspace", "workspaceEdit", "resourceOperations") && operations.ValueKind == JsonValueKind.Array
            && operations.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.String && p.GetString() == "create");
        if (parameters.InitializationOptions is { ValueKind: JsonValueKind.Object } options)
        {
            ApplySettings(options);
        }

        return new InitializeResult
        {
            ServerInfo = new ServerInfo { Name = "dfa", Version = typeof(LanguageServer).Assembly.GetName().Version?.ToString(3) },
            Capabilities = new ServerCapabilities
            {
                PositionEncoding = _positions.IsUtf8 ? "utf-8" : "utf-16",
                HoverProvider = true,
                CompletionProvider = new CompletionOptions { TriggerCharacters = ["-", "=", "$", "{", " ", ","] },
                SignatureHelpProvider = new SignatureHelpOptions { TriggerCharacters = [" ", "-", "="] },
                DefinitionProvider = true,
                ReferencesProvider = true,
                DocumentHighlightProvider = true,
                DocumentSymbolProvider = true,
                WorkspaceSymbolProvider = true,
                CodeActionProvider = new CodeActionOptions { CodeActionKinds = ["quickfix", "source.fixAll.dfa"], ResolveProvider = true },
                RenameProvider = new RenameOptions(),
                FoldingRangeProvider = true,
                SelectionRangeProvider = true,
                DocumentLinkProvider = new DocumentLinkOptions(),
                InlayHintProvider = true,
                SemanticTokensProvider = new SemanticTokensOptions { Legend = SemanticTokenLegend.Legend },
                DiagnosticProvider = new DiagnosticOptions(),
                DocumentFormattingProvider = true,
                DocumentRangeFormattingProvider = true,
                DocumentOnTypeFormattingProvider = new DocumentOnTypeFormattingOptions { FirstTriggerCharacter = "\n" },
            },
        };
    }

    public void Initialized(JsonElement parameters)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                if (_clientWatchesFiles)
                {
                    var registration = new RegistrationParams
                    {
                        Registrations =
                        [
                            new Registration
                            {
                                Id = "dfa-watchers",
                                Method = "workspace/didChangeWatchedFiles",
                                RegisterOptions = new DidChangeWatchedFilesRegistrationOptions
                                {
                                    Watchers = [new FileSystemWatcher { GlobPattern = "**/.editorconfig" }, new FileSystemWatcher { GlobPattern = "**/.hadolint.yaml" }, new FileSystemWatcher { GlobPattern = "**/.hadolint.yml" }, new FileSystemWatcher { GlobPattern = "**/.dockerignore" }, new FileSystemWatcher { GlobPattern = "**/*.dockerignore" }],
                                },
                            },
                        ],
                    };
                    var registrationArguments = Arguments(registration, LspJsonContext.Default.RegistrationParams);
                    await _rpc.InvokeWithParameterObjectAsync("client/registerCapability", registrationArguments.Arguments, registrationArguments.Types, CancellationToken.None).ConfigureAwait(false);
                }

                await RefreshSettingsAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log(2, "dfa: initialized: " + ex.Message);
            }
        });
    }

    public object? Shutdown()
    {
        ShutdownRequested = true;
        return null;
    }

    public void Exit() => _exited.TrySetResult(true);

    /// <summary>Reports a message that was skipped because its body is not JSON (see <see cref="TolerantMessageHandler"/>).</summary>
    public void LogMalformedMessage(Exception exception) => Log(1, "dfa: a message that is not JSON was skipped (malformed): " + exception.Message);

    public void DidChangeConfiguration(JsonElement parameters)
    {
        if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("settings", out var settings)
            && settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty("dfa", out var dfa) && dfa.ValueKind == JsonValueKind.Object)
        {
            ApplySettings(dfa);
            ReanalyzeAll();
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshSettingsAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log(2, "dfa: workspace/configuration: " + ex.Message);
            }
        });
    }

    // ---- text sync -------------------------------------------------------------------------------------------

    public void DidOpen(DidOpenTextDocumentParams parameters) => Guard("textDocument/didOpen", () =>
    {
        var item = parameters.TextDocument;
        string path = DocumentUri.ToPath(item.Uri);
        var snapshot = _host.Open(path, SourceText.From(item.Text ?? string.Empty));
        var open = new OpenDocument(item.Uri, item.Version, snapshot);
        if (_documents.TryRemove(item.Uri, out var previous))
        {
            previous.CancelPending();
        }

        _documents[item.Uri] = open;
        ScheduleDiagnostics(open, immediate: true);
    });

    public void DidChange(DidChangeTextDocumentParams parameters) => Guard("textDocument/didChange", () =>
    {
        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var open))
        {
            Log(2, "dfa: didChange for a document that is not open: " + parameters.TextDocument.Uri);
            return;
        }

        int version = parameters.TextDocument.Version ?? open.Version + 1;
        if (version <= open.Version)
        {
            Log(2, $"dfa: didChange version {version} is not newer than {open.Version} for {open.Uri}: ignored");
            return;
        }

        var text = open.Snapshot.Text;
        foreach (var change in parameters.ContentChanges ?? [])
        {
            text = change.Range is null
                ? SourceText.From(change.Text ?? string.Empty)
                : text.WithChanges(new TextChange(_positions.ToSpan(text, change.Range), change.Text ?? string.Empty));
        }

        open.Update(version, _host.Update(open.Snapshot, text));
        ScheduleDiagnostics(open, immediate: false);
    });

    public void DidClose(TextDocumentParams parameters) => Guard("textDocument/didClose", () =>
    {
        if (_documents.TryRemove(parameters.TextDocument.Uri, out var open))
        {
            open.CancelPending();
            _host.Close(open.Snapshot.FilePath);
            if (!_clientPulls)
            {
                Publish(new PublishDiagnosticsParams { Uri = open.Uri, Diagnostics = [] });
            }
        }
    });

    public void DidSave(TextDocumentParams parameters)
    {
        // The buffer is the truth; a save changes nothing the analysis sees.
    }

    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters) => Guard("workspace/didChangeWatchedFiles", () =>
    {
        foreach (var change in parameters.Changes ?? [])
        {
            var all = _documents.Values.ToList();
            var updated = _host.OnFileChanged(DocumentUri.ToPath(change.Uri));
            Interlocked.Increment(ref _configurationGeneration);
            foreach (var snapshot in updated)
            {
                var open = all.FirstOrDefault(d => string.Equals(d.Snapshot.FilePath, snapshot.FilePath, StringComparison.Ordinal));
                if (open != null)
                {
                    open.Replace(snapshot);
                    ScheduleDiagnostics(open, immediate: true);
                }
            }
        }
    });

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static bool TryGet(JsonElement element, out JsonElement value, params string[] path)
    {
        value = element;
        foreach (string name in path)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))
            {
                return false;
            }
        }

        return true;
    }

    private void ApplySettings(JsonElement dfa)
    {
        string? configFile = null;
        string? buildContext = null;
        if (dfa.TryGetProperty("configFile", out var c) && c.ValueKind == JsonValueKind.String)
        {
            configFile = c.GetString();
        }

        if (dfa.TryGetProperty("buildContext", out var b) && b.ValueKind == JsonValueKind.String)
        {
            buildContext = b.GetString();
        }

        if (TryGet(dfa, out var debounce, "diagnostics", "debounceMs") && debounce.ValueKind == JsonValueKind.Number && debounce.TryGetInt32(out int ms))
        {
            _debounceMs = Math.Max(0, Math.Min(ms, 10_000));
        }

        if (TryGet(dfa, out var values, "inlayHints", "variableValues") && values.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            _inlayValues = values.GetBoolean();
        }

        if (TryGet(dfa, out var layers, "inlayHints", "rebuiltLayers") && layers.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            _inlayLayers = layers.GetBoolean();
        }

        _host.Configure(configFile, buildContext);
        Interlocked.Increment(ref _configurationGeneration);
    }

    private async Task RefreshSettingsAsync()
    {
        if (!_clientHasConfiguration)
        {
            return;
        }

        var request = new ConfigurationParams { Items = [new ConfigurationItem { Section = "dfa" }] };
        var (arguments, types) = Arguments(request, LspJsonContext.Default.ConfigurationParams);
        var answer = await _rpc.InvokeWithParameterObjectAsync<JsonElement[]>("workspace/configuration", arguments, types, CancellationToken.None).ConfigureAwait(false);
        if (answer is { Length: > 0 } && answer[0].ValueKind == JsonValueKind.Object)
        {
            ApplySettings(answer[0]);
            ReanalyzeAll();
        }
    }

    private void ReanalyzeAll()
    {
        foreach (var open in _documents.Values)
        {
            open.Replace(_host.Open(open.Snapshot.FilePath, open.Snapshot.Text));
            ScheduleDiagnostics(open, immediate: true);
        }
    }

    private void Guard(string method, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            Log(1, "dfa: " + method + " failed: " + ex.GetType().Name + ": " + ex.Message);
        }
    }

    private T Guard<T>(string method, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (Exception ex)
        {
            Log(1, "dfa: " + method + " failed: " + ex.GetType().Name + ": " + ex.Message);
            throw new LocalRpcException(method + " failed: " + ex.Message) { ErrorCode = -32603 };
        }
    }

    private OpenDocument? Find(TextDocumentIdentifier? document)
    {
        if (document is null || !_documents.TryGetValue(document.Uri, out var open))
        {
            return null;
        }

        return open;
    }

    /// <summary>
    /// An outgoing parameter object as top-level JSON properties (serialized once by the source-generated contract)
    /// with the declared type of each, as StreamJsonRpc's named arguments want them.
    /// </summary>
    private static (Dictionary<string, object?> Arguments, Dictionary<string, Type> Types) Arguments<T>(T value, JsonTypeInfo<T> info)
    {
        var element = JsonSerializer.SerializeToElement(value, info);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            arguments[property.Name] = property.Value;
            types[property.Name] = typeof(JsonElement);
        }

        return (arguments, types);
    }

    private void Log(int type, string message)
    {
        try
        {
            var log = new LogMessageParams { Type = type, Message = message };
            var (arguments, types) = Arguments(log, LspJsonContext.Default.LogMessageParams);
            _ = _rpc.NotifyWithParameterObjectAsync("window/logMessage", arguments, types);
        }
        catch (Exception)
        {
            // The client is gone.
        }
    }

    private void Publish(PublishDiagnosticsParams parameters)
    {
        try
        {
            // The hot path (every keystroke): the parameters go to StreamJsonRpc as typed values, serialized once by
            // the source-generated contracts, instead of through a JsonElement.
            var arguments = new Dictionary<string, object?>(StringComparer.Ordinal) { ["uri"] = parameters.Uri };
            if (parameters.Version is { } version)
            {
                arguments["version"] = version;
            }

            arguments["diagnostics"] = parameters.Diagnostics;
            _ = _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", arguments, parameters.Version is null ? s_unversionedPublishTypes : s_publishTypes);
        }
        catch (Exception)
        {
            // The client is gone.
        }
    }
}
