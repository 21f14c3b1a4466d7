using System;
using System.IO;

namespace Dockerfile.Analyzers.Tests;

/// <summary>The repository's samples (samples/), read as the tests' inputs.</summary>
internal static class Samples
{
    /// <summary>Gets the repository root (the folder of Dockerfile.Analysis.sln above the test assembly).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Reads a sample file, such as <c>python-pipenv/Pipfile</c>.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", relativePath));

    /// <summary>The python-pipenv sample as the targets pass it: the Dockerfile (<c>COPY . .</c> before <c>pipenv install</c> on line 8), the context list and the Pipfile.</summary>
    public static AnalyzerHarness PythonPipenv(AnalyzerHarness? harness = null) =>
        (harness ?? new AnalyzerHarness())
            .Dockerfile("Dockerfile", Read("python-pipenv/Dockerfile"))
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py", "app.csproj")
            .ContextFile("Pipfile", Read("python-pipenv/Pipfile"));

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
