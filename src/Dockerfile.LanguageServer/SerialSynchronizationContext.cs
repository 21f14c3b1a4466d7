using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Dockerfile.LanguageServer;

/// <summary>Runs posted callbacks one at a time, in the order they were posted (so notifications apply in order).</summary>
internal sealed class SerialSynchronizationContext : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private int _running;

    /// <inheritdoc/>
    public override void Post(SendOrPostCallback d, object? state)
    {
        _queue.Enqueue((d, state));
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            Task.Run(Drain);
        }
    }

    /// <inheritdoc/>
    public override void Send(SendOrPostCallback d, object? state) => Post(d, state);

    /// <inheritdoc/>
    public override SynchronizationContext CreateCopy() => this;

    private void Drain()
    {
        while (true)
        {
            while (_queue.TryDequeue(out var item))
            {
                var previous = Current;
                SetSynchronizationContext(this);
                try
                {
                    item.Callback(item.State);
                }
                catch
                {
                    // A handler's failure is reported by JsonRpc; the queue goes on.
                }
                finally
                {
                    SetSynchronizationContext(previous);
                }
            }

            Volatile.Write(ref _running, 0);
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
            {
                return;
            }
        }
    }
}
