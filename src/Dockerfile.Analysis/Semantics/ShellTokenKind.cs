namespace Dockerfile.Analysis.Semantics;

/// <summary>Kinds of <see cref="ShellToken"/>.</summary>
internal enum ShellTokenKind
{
    /// <summary>A word.</summary>
    Word,

    /// <summary>A control operator (see <see cref="ShellToken.Operator"/>).</summary>
    Operator,

    /// <summary><c>(</c>.</summary>
    OpenParen,

    /// <summary><c>)</c>.</summary>
    CloseParen,

    /// <summary>The end of the script.</summary>
    End,
}
