using System;

namespace Dockerfile.Analysis.Testing;

/// <summary>A verification failed: the message lists what was expected, what was found and the difference.</summary>
public sealed class VerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What differs.</param>
    public VerificationException(string message)
        : base(message)
    {
    }
}
