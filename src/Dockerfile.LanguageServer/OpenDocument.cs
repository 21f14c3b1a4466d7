using System.Threading;

namespace Dockerfile.LanguageServer;

/// <summary>One open document: its URI, the client's version, the current snapshot and the pending push-diagnostics run.</summary>
internal sealed class OpenDocument
{
    private readonly object _gate = new();
    private CancellationTokenSource? _pending;

    public OpenDocument(string uri, int version, ServerDocument snapshot)
    {
        Uri = uri;
        Version = version;
        Snapshot = snapshot;
    }

    public string Uri { get; }

    public int Version { get; private set; }

    public ServerDocument Snapshot { get; private set; }

    /// <summary>Counts every new snapshot (edits and configuration changes): the pull result id.</summary>
    public int Generation { get; private set; }

    public void Update(int version, ServerDocument snapshot)
    {
        lock (_gate)
        {
            Version = version;
            Snapshot = snapshot;
            Generation++;
        }
    }

    public void Replace(ServerDocument snapshot)
    {
        lock (_gate)
        {
            Snapshot = snapshot;
            Generation++;
        }
    }

    /// <summary>Cancels the previous push run and returns the token of the next one.</summary>
    public CancellationToken Restart()
    {
        lock (_gate)
        {
            _pending?.Cancel();
            _pending?.Dispose();
            _pending = new CancellationTokenSource();
            return _pending.Token;
        }
    }

    public void CancelPending()
    {
        lock (_gate)
        {
            _pending?.Cancel();
        }
    }
}
