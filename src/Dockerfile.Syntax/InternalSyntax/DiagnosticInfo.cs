using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>A parse diagnostic stored on a green node, positioned relative to the node's full start.</summary>
internal sealed class DiagnosticInfo
{
    public DiagnosticInfo(DiagnosticDescriptor descriptor, int offset, int length, object?[] arguments)
    {
        Descriptor = descriptor;
        Offset = offset;
        Length = length;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public int Offset { get; }

    public int Length { get; }

    public object?[] Arguments { get; }

    public bool IsEquivalentTo(DiagnosticInfo other)
    {
        if (other.Descriptor.Id != Descriptor.Id || other.Offset != Offset || other.Length != Length || other.Arguments.Length != Arguments.Length)
        {
            return false;
        }

        for (int i = 0; i < Arguments.Length; i++)
        {
            if (!Equals(Arguments[i]?.ToString(), other.Arguments[i]?.ToString()))
            {
                return false;
            }
        }

        return true;
    }
}
