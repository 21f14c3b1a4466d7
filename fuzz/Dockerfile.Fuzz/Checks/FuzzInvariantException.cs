using System;

namespace Dockerfile.Fuzz;

/// <summary>A fuzz target found its input breaking an invariant (as opposed to code throwing on its own).</summary>
internal sealed class FuzzInvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which invariant broke, and how.</param>
    public FuzzInvariantException(string message)
        : base(message)
    {
    }
}
