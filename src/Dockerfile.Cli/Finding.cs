using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>One diagnostic of one Dockerfile, and whether a fix is offered for it.</summary>
internal sealed record Finding(InputDocument Document, Diagnostic Diagnostic, bool Fixable)
{
    public FileLinePositionSpan Span => Diagnostic.Location.GetLineSpan();

    /// <summary>The file the finding is in: the Dockerfile, or the configuration file of a <c>DF0002</c>.</summary>
    public string Path => Diagnostic.Location.Kind == LocationKind.ExternalFile && !string.IsNullOrEmpty(Span.Path) ? Shown(Span.Path) : Document.Path;

    /// <summary>A discovered configuration file's absolute path, relative to the current folder when it is inside it.</summary>
    private static string Shown(string path)
    {
        if (!System.IO.Path.IsPathRooted(path))
        {
            return path;
        }

        string relative = System.IO.Path.GetRelativePath(System.IO.Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", System.StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? path : relative;
    }

    public int Line => Span.StartLinePosition.Line + 1;

    public int Column => Span.StartLinePosition.Character + 1;

    public int EndLine => Span.EndLinePosition.Line + 1;

    public int EndColumn => Span.EndLinePosition.Character + 1;

    public string Severity => SeverityNames.Of(Diagnostic.Severity);

    public string Message => Dockerfile.Analysis.Configuration.ConfigurationDiagnostics.GetMessageText(Diagnostic);
}
