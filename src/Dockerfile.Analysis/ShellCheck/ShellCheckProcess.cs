using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace Dockerfile.Analysis.ShellCheck;

/// <summary>Finds the shellcheck executable and runs one process of it, with a timeout and cancellation.</summary>
internal static class ShellCheckProcess
{
    /// <summary>The most standard output kept (json1 for a very large Dockerfile stays far below it).</summary>
    private const int MaxOutput = 64 * 1024 * 1024;

    /// <summary>Finds an executable: a path (made full, when it is a file), or a bare name searched on <c>PATH</c>; null when there is none.</summary>
    public static string? Locate(string? executable)
    {
        string name = string.IsNullOrWhiteSpace(executable) ? "shellcheck" : executable!.Trim();
        bool windows = Path.DirectorySeparatorChar == '\\';
        try
        {
            if (name.IndexOf('/') >= 0 || (windows && name.IndexOf('\\') >= 0))
            {
                return File.Exists(name) ? Path.GetFullPath(name) : null;
            }

            var extensions = new List<string> { string.Empty };
            if (windows)
            {
                extensions.InsertRange(0, (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';'));
            }

            foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                if (directory.Length == 0)
                {
                    continue;
                }

                foreach (string extension in extensions)
                {
                    string candidate = Path.Combine(directory.Trim('"'), name + extension);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }

        return null;
    }

    /// <summary>
    /// Runs the executable with the arguments in a working directory. Returns the exit code and output, or a failure
    /// (one line: it could not start, or it ran past the timeout and was stopped). Throws only <see cref="OperationCanceledException"/>
    /// (after stopping the process) when the token is cancelled.
    /// </summary>
    public static Result Run(string executable, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            Arguments = JoinArguments(arguments),
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process was started");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return Result.Failure("could not start " + executable + ": " + OneLine(ex.Message));
        }

        using (process)
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It exited already; its output still tells what happened.
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var watch = Stopwatch.StartNew();
            while (!process.WaitForExit(25))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    Stop(process);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (watch.Elapsed > timeout)
                {
                    Stop(process);
                    return Result.Failure("shellcheck did not finish within " + Seconds(timeout) + " and was stopped");
                }
            }

            // Let the readers reach the end of both streams.
            process.WaitForExit();
            string output;
            string error;
            try
            {
                output = stdout.GetAwaiter().GetResult();
                error = stderr.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                return Result.Failure("could not read shellcheck's output: " + OneLine(ex.Message));
            }

            if (output.Length > MaxOutput)
            {
                return Result.Failure("shellcheck printed more than " + (MaxOutput / (1024 * 1024)) + " MB");
            }

            return new Result(process.ExitCode, output, error, null);
        }
    }

    /// <summary>The first non-blank line of a text, trimmed and cut at 200 characters, or a placeholder.</summary>
    public static string OneLine(string? text)
    {
        foreach (string line in (text ?? string.Empty).Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                return trimmed.Length > 200 ? trimmed.Substring(0, 200) + "..." : trimmed;
            }
        }

        return "(no message)";
    }

    private static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 ? ((int)Math.Round(timeout.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " s" : ((int)timeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms";

    private static void Stop(Process process)
    {
        try
        {
#if NET
            process.Kill(entireProcessTree: true);
#else
            process.Kill();
#endif
            process.WaitForExit(5000);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // It exited on its own meanwhile.
        }
    }

    // Our arguments are options and file names we made (no quotes or blanks); quote defensively anyway.
    private static string JoinArguments(IReadOnlyList<string> arguments)
    {
        var builder = new StringBuilder();
        foreach (string argument in arguments)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"' }) < 0)
            {
                builder.Append(argument);
            }
            else
            {
                builder.Append('"').Append(argument.Replace("\"", "\\\"")).Append('"');
            }
        }

        return builder.ToString();
    }

    /// <summary>What a run gave: the exit code and output, or a one-line failure.</summary>
    internal sealed class Result
    {
        public Result(int exitCode, string output, string error, string? failure)
        {
            ExitCode = exitCode;
            Output = output;
            Error = error;
            FailureMessage = failure;
        }

        public int ExitCode { get; }

        public string Output { get; }

        public string Error { get; }

        /// <summary>Gets why the process gave no result, or null.</summary>
        public string? FailureMessage { get; }

        public static Result Failure(string message) => new(-1, string.Empty, string.Empty, message);
    }
}
