namespace Dockerfile.Analysis.Editor;

/// <summary>What a completion item inserts.</summary>
public enum CompletionItemKind
{
    /// <summary>An instruction keyword (with a snippet), or a keyword such as <c>AS</c>.</summary>
    Keyword,

    /// <summary>A flag name.</summary>
    Flag,

    /// <summary>A flag's value, a <c>--mount</c> key or type, a directive's value.</summary>
    Value,

    /// <summary>A variable in scope.</summary>
    Variable,

    /// <summary>A build stage.</summary>
    Stage,

    /// <summary>A parser directive.</summary>
    Directive,
}
