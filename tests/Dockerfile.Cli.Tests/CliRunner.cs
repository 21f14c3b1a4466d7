using System;
using System.Diagnostics;
using System.IO;

namespace Dockerfile.Cli.Tests;

/// <summary>Runs the built <c>dfa.dll</c> with <c>dotnet</c>, from the repository root.</summary>
internal static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static (int ExitCode, string Output, string Error) RunIn(string workingDirectory, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "dfa.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }

    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunIn(RepositoryRoot, args);

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
