using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Dockerfile.LanguageServer.Tests;

/// <summary>A read-only stream that passes another through and keeps a copy of every byte read.</summary>
internal sealed class RecordingStream : Stream
{
    private readonly Stream _inner;
    private readonly MemoryStream _copy = new();

    public RecordingStream(Stream inner) => _inner = inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public byte[] Recorded()
    {
        lock (_copy)
        {
            return _copy.ToArray();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Keep(buffer.AsSpan(offset, _inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await _inner.ReadAsync(buffer, cancellationToken);
        return Keep(buffer.Span.Slice(0, read));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Keep(ReadOnlySpan<byte> read)
    {
        lock (_copy)
        {
            _copy.Write(read);
        }

        return read.Length;
    }
}
