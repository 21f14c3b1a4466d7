namespace Dockerfile.Analysis.Semantics;

/// <summary>The control operator that separates a <see cref="ShellCommand"/> from the command before it.</summary>
public enum ShellOperator
{
    /// <summary>The command is the first one of the script.</summary>
    None,

    /// <summary><c>&amp;&amp;</c>: run when the previous command succeeded.</summary>
    AndAnd,

    /// <summary><c>||</c>: run when the previous command failed.</summary>
    OrOr,

    /// <summary><c>;</c> (or <c>;;</c>): run after the previous command.</summary>
    Semicolon,

    /// <summary><c>|</c> (or <c>|&amp;</c>): the previous command's output is piped into this one.</summary>
    Pipe,

    /// <summary>A line break: run after the previous command.</summary>
    Newline,

    /// <summary><c>&amp;</c>: the previous command runs in the background.</summary>
    Background,
}
