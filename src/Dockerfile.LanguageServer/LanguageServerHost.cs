using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Dockerfile.Analysis;
using StreamJsonRpc;

namespace Dockerfile.LanguageServer;

/// <summary>Runs the Dockerfile language server (<c>dfa lsp</c>) over a pair of streams.</summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves one client until it sends <c>exit</c> or closes its end of the connection. Never writes anything but
    /// protocol messages to <paramref name="output"/>.
    /// </summary>
    /// <param name="input">What the client sends (stdin, or a pipe).</param>
    /// <param name="output">What the client reads (stdout, or a pipe).</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>0 after <c>shutdown</c> then <c>exit</c>; 1 when the client left without <c>shutdown</c>.</returns>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default) =>
        RunAsync(input, output, ImmutableArray<DockerfileAnalyzer>.Empty, cancellationToken);

    /// <summary>
    /// Serves one client as <see cref="RunAsync(Stream, Stream, CancellationToken)"/> does, running
    /// <paramref name="analyzers"/> (empty: the built-in analyzers) on its documents.
    /// </summary>
    /// <param name="input">What the client sends (stdin, or a pipe).</param>
    /// <param name="output">What the client reads (stdout, or a pipe).</param>
    /// <param name="analyzers">The analyzers to run; empty for the built-in ones.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>0 after <c>shutdown</c> then <c>exit</c>; 1 when the client left without <c>shutdown</c>.</returns>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "SystemTextJsonFormatter is used as StreamJsonRpc's NativeAOT guide says: every type goes through the source-generated LspJsonContext set as TypeInfoResolver; the native dfa lsp test checks it.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "As above: no reflection-based serialization is reached with a source-generated resolver.")]
    public static async Task<int> RunAsync(Stream input, Stream output, ImmutableArray<DockerfileAnalyzer> analyzers, CancellationToken cancellationToken = default)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.TypeInfoResolver = LspJsonContext.Default;
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        LanguageServer? server = null;
        var handler = new TolerantMessageHandler(output, input, formatter, ex => server?.LogMalformedMessage(ex));
        var rpc = new JsonRpc(handler)
        {
            // didOpen/didChange must apply in the order they came: handlers run one at a time, in order; long work
            // (push diagnostics) runs on tasks of its own.
            SynchronizationContext = new SerialSynchronizationContext(),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        server = new LanguageServer(rpc, new WorkspaceDocumentHost(analyzers.IsDefault ? ImmutableArray<DockerfileAnalyzer>.Empty : analyzers));
        server.Register();
        rpc.StartListening();
        using (cancellationToken.Register(rpc.Dispose))
        {
            try
            {
                await Task.WhenAny(rpc.Completion, server.Exited).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The connection failed: the client is gone.
            }
        }

        server.Dispose();
        rpc.Dispose();
        return server.ShutdownRequested ? 0 : 1;
    }
}
