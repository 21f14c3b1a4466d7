namespace Dockerfile.Cli;

/// <summary>A problem with what the user asked for: printed as <c>dfa: &lt;path&gt;: &lt;message&gt;</c>, exit code 2.</summary>
internal sealed class InputError
{
    public InputError(string path, string message)
    {
        Path = path;
        Message = message;
    }

    public string Path { get; }

    public string Message { get; }

    public override string ToString() => $"dfa: {Path}: {Message}";
}
