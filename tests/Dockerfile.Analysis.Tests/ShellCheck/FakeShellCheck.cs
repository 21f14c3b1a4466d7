using System;
using System.Diagnostics;
using System.IO;

namespace Dockerfile.Analysis.Tests.ShellCheck;

/// <summary>
/// A stand-in for shellcheck: a small shell script named <c>shellcheck</c> in a temporary folder that records its
/// arguments, working folder and the script files it was given, then prints canned output and exits with a chosen code.
/// </summary>
internal sealed class FakeShellCheck : IDisposable
{
    public FakeShellCheck(string output, int exitCode = 1, string? error = null, int sleepSeconds = 0)
    {
        Folder = Path.Combine(Path.GetTempPath(), "dfa-fake-shellcheck-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "out.json"), output);
        File.WriteAllText(Path.Combine(Folder, "err.txt"), error ?? string.Empty);
        Executable = Path.Combine(Folder, "shellcheck");
        File.WriteAllText(Executable,
            "#!/bin/sh\n" +
            "rec=\"$(dirname \"$0\")\"\n" +
            "echo \"$@\" > \"$rec/args.txt\"\n" +
            "echo run >> \"$rec/runs.txt\"\n" +
            "pwd > \"$rec/cwd.txt\"\n" +
            "for f in \"$@\"; do case \"$f\" in *.sh) printf '=== %s\\n' \"$f\" >> \"$rec/files.txt\"; cat \"$f\" >> \"$rec/files.txt\";; esac; done\n" +
            (sleepSeconds > 0 ? $"sleep {sleepSeconds}\n" : string.Empty) +
            "cat \"$rec/err.txt\" >&2\n" +
            "cat \"$rec/out.json\"\n" +
            $"exit {exitCode}\n");
        using var chmod = Process.Start(new ProcessStartInfo("chmod", "+x \"" + Executable + "\"") { UseShellExecute = false })!;
        chmod.WaitForExit();
    }

    public string Folder { get; }

    public string Executable { get; }

    /// <summary>Gets whether the fake ran.</summary>
    public bool Ran => File.Exists(Path.Combine(Folder, "args.txt"));

    /// <summary>Gets how many times the fake ran.</summary>
    public int RunCount => File.Exists(Path.Combine(Folder, "runs.txt")) ? File.ReadAllLines(Path.Combine(Folder, "runs.txt")).Length : 0;

    public string Arguments => File.ReadAllText(Path.Combine(Folder, "args.txt")).Trim();

    public string WorkingFolder => File.ReadAllText(Path.Combine(Folder, "cwd.txt")).Trim();

    public string Files => File.Exists(Path.Combine(Folder, "files.txt")) ? File.ReadAllText(Path.Combine(Folder, "files.txt")) : string.Empty;

    /// <summary>One json1 comment.</summary>
    public static string Comment(string file, int line, int column, int endLine, int endColumn, string level, int code, string message) =>
        $"{{\"file\":\"{file}\",\"line\":{line},\"endLine\":{endLine},\"column\":{column},\"endColumn\":{endColumn},\"level\":\"{level}\",\"code\":{code},\"message\":\"{message}\",\"fix\":null}}";

    public static string Json1(params string[] comments) => "{\"comments\":[" + string.Join(",", comments) + "]}";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
