using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Dockerfile.LanguageServer;

/// <summary>
/// The LSP framing (<see cref="HeaderDelimitedMessageHandler"/>) that survives a message whose body is not JSON:
/// StreamJsonRpc treats such a message as fatal and drops the connection; this handler reports it and reads on (the
/// framing already consumed the body, so the next message starts cleanly).
/// </summary>
/// <remarks>
/// <c>LanguageServerHost.RunAsync</c> creates it with <c>ex =&gt; server.LogMalformedMessage(ex)</c>;
/// <c>MalformedMessageTests</c> sends such a message and expects the log line and a server that still answers.
/// </remarks>
internal sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly Action<Exception> _onMalformed;

    public TolerantMessageHandler(Stream writer, Stream reader, IJsonRpcMessageFormatter formatter, Action<Exception> onMalformed)
        : base(writer, reader, formatter)
    {
        _onMalformed = onMalformed;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                _onMalformed(ex);
            }
        }
    }
}
