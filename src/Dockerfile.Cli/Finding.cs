using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>One diagnostic of one Dockerfile, and whether a fix is offered for it.</summary>
internal sealed record Finding(DockerfileDocument Document, Diagnostic Diagnostic, bool Fixable)
{
    public FileLinePositionSpan Span => Diagnostic.Location.GetLineSpan();

    public int Line => Span.StartLinePosition.Line + 1;

    public int Column => Span.StartLinePosition.Character + 1;

    public int EndLine => Span.EndLinePosition.Line + 1;

    public int EndColumn => Span.EndLinePosition.Character + 1;

    public string Severity => SeverityNames.Of(Diagnostic.Severity);

    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
