using System;

namespace Dockerfile.Syntax.InternalSyntax;

/// <summary>Facts about a green node that bubble up from its descendants.</summary>
[Flags]
internal enum NodeFlags : byte
{
    None = 0,
    /// <summary>The node or a descendant carries a parse diagnostic.</summary>
    ContainsDiagnostics = 1,
    /// <summary>The token was inserted by the parser and has no text.</summary>
    IsMissing = 2,
    /// <summary>The node or a descendant is missing.</summary>
    ContainsMissing = 4,
    /// <summary>The node or a descendant has skipped-text trivia.</summary>
    ContainsSkippedText = 8,
}
