namespace Dockerfile.Analysis.Editor;

/// <summary>What a name under the cursor stands for.</summary>
public enum EditorSymbolKind
{
    /// <summary>A build stage: <c>FROM ... AS name</c> and its uses in <c>FROM</c>, <c>--from=</c> and <c>--mount=...,from=</c>.</summary>
    Stage,

    /// <summary>An ARG or ENV variable: its declarations and the <c>$NAME</c> / <c>${NAME}</c> uses in its scope.</summary>
    Variable,

    /// <summary>A heredoc delimiter: the <c>&lt;&lt;NAME</c> marker and the line that closes the heredoc.</summary>
    Heredoc,
}
