using System;

namespace Dockerfile.Analysis.ShellCheck;

/// <summary>
/// How the analysis runs ShellCheck on the scripts of the RUN instructions (<see cref="AnalysisOptions.ShellCheck"/>).
/// ShellCheck runs only when the options ask for it (the library never starts a process otherwise) and a
/// <c>shellcheck</c> executable is found; without one, nothing is reported.
/// </summary>
public sealed class ShellCheckOptions
{
    /// <summary>Gets the default settings: <c>shellcheck</c> found on <c>PATH</c>, a 30-second timeout.</summary>
    public static ShellCheckOptions Default { get; } = new();

    /// <summary>
    /// Gets the shellcheck executable to run (a path, or a bare name searched on <c>PATH</c>); <see langword="null"/>
    /// (the default) searches <c>PATH</c> for <c>shellcheck</c>.
    /// </summary>
    public string? ExecutablePath { get; init; }

    /// <summary>Gets how long one shellcheck process may run before it is stopped and the file's ShellCheck findings are reported missing (<c>DF0003</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Finds the executable these options would run.</summary>
    /// <returns>Its full path, or <see langword="null"/> when there is none (ShellCheck is then not run).</returns>
    public string? FindExecutable() => ShellCheckProcess.Locate(ExecutablePath);

    /// <summary>A copy of these options that runs another executable.</summary>
    /// <param name="executablePath">The executable (a path, or a name searched on <c>PATH</c>).</param>
    /// <returns>The copy.</returns>
    public ShellCheckOptions WithExecutablePath(string? executablePath) =>
        new() { ExecutablePath = executablePath, Timeout = Timeout };
}
