using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax.Parser;

/// <summary>A diagnostic under construction, located by its physical span.</summary>
internal readonly struct PDiagnostic
{
    public PDiagnostic(DiagnosticDescriptor descriptor, int start, int end, object?[] arguments)
    {
        Descriptor = descriptor;
        Start = start;
        End = end;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public int Start { get; }

    public int End { get; }

    public object?[] Arguments { get; }
}
