using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace Dockerfile.Cli.Tests;

/// <summary>Runs the built <c>dfa.dll</c> with <c>dotnet</c>, from the repository root unless told otherwise.</summary>
internal static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The version the package test packs with (<c>-p:Version=</c>): one of its own per test run, so that no package
    /// cache holds an older build under the same number. (The native publish keeps the project's version: SARIF
    /// output names it, and it must equal the JIT build's.)
    /// </summary>
    public static string TestRunVersion { get; } = "0.0.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The fixture folder, relative to the repository root with <c>/</c> separators.</summary>
    public const string Fixtures = "tests/Dockerfile.Cli.Tests/Fixtures";

    public static (int ExitCode, string Output, string Error) RunIn(string workingDirectory, params string[] args) =>
        RunProcess("dotnet", workingDirectory, null, null, Prepend(Path.Combine(AppContext.BaseDirectory, "dfa.dll"), args));

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunIn(RepositoryRoot, args);

    /// <summary>
    /// As <see cref="RunIn"/>, for runs that used to hang: a run still going after <paramref name="limit"/> is killed
    /// and reported as exit code -1 with <c>(killed: did not finish)</c> on standard error.
    /// </summary>
    public static (int ExitCode, string Output, string Error) RunInWithin(TimeSpan limit, string workingDirectory, params string[] args) =>
        RunProcess("dotnet", workingDirectory, null, null, limit, Prepend(Path.Combine(AppContext.BaseDirectory, "dfa.dll"), args));

    public static (int ExitCode, string Output, string Error) RunWithInput(byte[] input, params string[] args) =>
        RunProcess("dotnet", RepositoryRoot, input, null, Prepend(Path.Combine(AppContext.BaseDirectory, "dfa.dll"), args));

    /// <summary>Runs any program; output with CRLF read as LF.</summary>
    public static (int ExitCode, string Output, string Error) RunProcess(string program, string workingDirectory, byte[]? input, IDictionary<string, string>? environment, params string[] args) =>
        RunProcess(program, workingDirectory, input, environment, null, args);

    private static (int ExitCode, string Output, string Error) RunProcess(string program, string workingDirectory, byte[]? input, IDictionary<string, string>? environment, TimeSpan? limit, string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("NO_COLOR");
        if (environment != null)
        {
            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (input != null)
        {
            process.StandardInput.BaseStream.Write(input, 0, input.Length);
        }

        process.StandardInput.Close();
        if (limit is { } within && !process.WaitForExit(within))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n") + "(killed: did not finish)");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string CreateTempFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dfa-cli-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Copies a fixture folder into a new temporary folder and returns the copy.</summary>
    public static string CopyFixture(string name)
    {
        string target = CreateTempFolder();
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot, Fixtures, name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private static string[] Prepend(string first, string[] rest)
    {
        var all = new string[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "Dockerfile.Analysis.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Dockerfile.Analysis.sln) was not found above the test assembly.");
    }
}
