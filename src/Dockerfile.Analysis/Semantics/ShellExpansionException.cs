using System;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// Internal signal used by <see cref="ShellWordExpander"/> to abandon an expansion; it never escapes the
/// public API, where it becomes a failed <see cref="ShellWordResult"/>.
/// </summary>
internal sealed class ShellExpansionException : Exception
{
    /// <summary>Initializes a new instance with the message reported to the caller.</summary>
    public ShellExpansionException(string message)
        : base(message)
    {
    }
}
