using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Dockerfile.Cli;

/// <summary>A <c>linting 120/990</c> line on standard error, redrawn at most ten times a second, for long runs on a terminal.</summary>
internal sealed class LintProgress
{
    /// <summary>Runs with more files than this show progress.</summary>
    public const int MinimumFiles = 20;

    private readonly TextWriter? _writer;
    private readonly int _total;
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private readonly object _gate = new();
    private int _done;

    public LintProgress(int total, TextWriter error)
    {
        _total = total;
        _writer = total > MinimumFiles && !Console.IsErrorRedirected ? error : null;
    }

    public void FileDone()
    {
        int done = Interlocked.Increment(ref _done);
        if (_writer == null || _sinceDrawn.ElapsedMilliseconds < 100)
        {
            return;
        }

        lock (_gate)
        {
            _sinceDrawn.Restart();
            _writer.Write($"\rdfa: linting {done}/{_total}");
        }
    }

    /// <summary>Erases the line.</summary>
    public void Clear()
    {
        if (_writer != null)
        {
            lock (_gate)
            {
                _writer.Write("\r" + new string(' ', 40) + "\r");
            }
        }
    }
}
