using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis;

/// <summary>A diagnostic of a local action, kept with a span relative to the node it was found in.</summary>
internal readonly struct CachedDiagnostic
{
    public CachedDiagnostic(DiagnosticDescriptor descriptor, TextSpan span, object?[]? messageArgs)
    {
        Descriptor = descriptor;
        Span = span;
        MessageArgs = messageArgs;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public TextSpan Span { get; }

    public object?[]? MessageArgs { get; }

    public CachedDiagnostic Shift(int offset) => new(Descriptor, new TextSpan(Span.Start + offset, Span.Length), MessageArgs);
}
