using System.Text.Json;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>What the client answers when the server calls it; every message is handed to the owning <see cref="LspServer"/>.</summary>
internal sealed class LspClientHandlers
{
    private readonly LspServer _server;

    public LspClientHandlers(LspServer server) => _server = server;

    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement parameters) => _server.OnPublish(parameters.Clone());

    [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
    public void LogMessage(JsonElement parameters) => _server.OnLog(parameters.GetProperty("message").GetString() ?? string.Empty);

    [JsonRpcMethod("workspace/configuration", UseSingleObjectParameterDeserialization = true)]
    public JsonElement Configuration(JsonElement parameters)
    {
        int count = parameters.GetProperty("items").GetArrayLength();
        var answer = new object?[count];
        for (int i = 0; i < count; i++)
        {
            answer[i] = _server.Settings;
        }

        _server.OnConfigurationRequest();
        return JsonSerializer.SerializeToElement(answer);
    }

    [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
    public object? RegisterCapability(JsonElement parameters)
    {
        _server.OnRegistration(parameters.Clone());
        return null;
    }
}
