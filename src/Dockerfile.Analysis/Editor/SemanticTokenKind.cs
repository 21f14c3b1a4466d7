namespace Dockerfile.Analysis.Editor;

/// <summary>The classification of a piece of text, for semantic highlighting.</summary>
public enum SemanticTokenKind
{
    /// <summary>An instruction keyword, or <c>AS</c>, <c>CMD</c>, <c>NONE</c> inside an instruction.</summary>
    Keyword,

    /// <summary>A comment.</summary>
    Comment,

    /// <summary>A parser directive's <c>#</c> and name.</summary>
    Directive,

    /// <summary>A parser directive's value.</summary>
    DirectiveValue,

    /// <summary>A flag's name, such as <c>--mount</c>.</summary>
    Flag,

    /// <summary>A flag's value.</summary>
    FlagValue,

    /// <summary>A variable: <c>$</c>, <c>${</c>, the name and <c>}</c> of a reference, or an ARG/ENV name.</summary>
    Variable,

    /// <summary>A substitution modifier (<c>:-</c>, <c>#</c>, ...) or an <c>=</c>.</summary>
    Operator,

    /// <summary>Quoted text and its quotes, and exec-form JSON strings.</summary>
    String,

    /// <summary>A build stage's name, declared (<c>AS name</c>) or used.</summary>
    StageName,

    /// <summary>An image reference (FROM, <c>--from=</c> naming an image).</summary>
    Image,

    /// <summary>A heredoc delimiter: the <c>&lt;&lt;NAME</c> marker's name and the terminator line.</summary>
    HeredocDelimiter,

    /// <summary>A heredoc's body.</summary>
    HeredocBody,

    /// <summary>Exec-form punctuation: <c>[</c>, <c>]</c>, <c>,</c>.</summary>
    Punctuation,

    /// <summary>A LABEL key.</summary>
    Property,
}
