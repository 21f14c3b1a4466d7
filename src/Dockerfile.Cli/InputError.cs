using Dockerfile.Analysis.Workspaces;

namespace Dockerfile.Cli;

/// <summary>
/// A problem with what the user asked for: printed as <c>dfa: &lt;path&gt;: &lt;message&gt;</c>
/// (or <c>dfa: &lt;path&gt;:&lt;line&gt;:&lt;column&gt;: &lt;message&gt;</c>), exit code 2.
/// </summary>
internal sealed class InputError
{
    public InputError(string path, string message, int line = 0, int column = 0)
    {
        Path = path;
        Message = message;
        Line = line;
        Column = column;
    }

    public string Path { get; }

    /// <summary>The library's load error, printed the CLI's way.</summary>
    public static InputError From(DocumentLoadError error) => new(error.Path, error.Message, error.Line ?? 0, error.Column ?? 0);

    public string Message { get; }

    /// <summary>The 1-based line, or 0 when the problem is not at a position.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when the problem is not at a position.</summary>
    public int Column { get; }

    /// <summary>The line as printed; the path and message have control and format characters escaped (<see cref="TerminalText"/>).</summary>
    public override string ToString() => Line > 0
        ? $"dfa: {TerminalText.Escape(Path)}:{Line}:{Column}: {TerminalText.Escape(Message)}"
        : $"dfa: {TerminalText.Escape(Path)}: {TerminalText.Escape(Message)}";
}
