namespace Dockerfile.Analysis.Semantics;

/// <summary>A token produced by <see cref="ShellScriptTokenizer"/>.</summary>
internal readonly struct ShellToken
{
    /// <summary>Initializes a new token.</summary>
    public ShellToken(ShellTokenKind kind, ShellOperator @operator, ShellWord word)
    {
        Kind = kind;
        Operator = @operator;
        Word = word;
    }

    /// <summary>Gets the token kind.</summary>
    public ShellTokenKind Kind { get; }

    /// <summary>Gets the operator of an <see cref="ShellTokenKind.Operator"/> token.</summary>
    public ShellOperator Operator { get; }

    /// <summary>Gets the word of a <see cref="ShellTokenKind.Word"/> token.</summary>
    public ShellWord Word { get; }
}
