using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// The outcome of expanding a Dockerfile word with <see cref="ShellWordProcessor"/>: the expanded text,
/// the words produced by splitting it, the variables that were looked up and whether expansion succeeded.
/// </summary>
public sealed class ShellWordResult
{
    private static readonly string[] NoWords = Array.Empty<string>();

    internal ShellWordResult(
        string value,
        IReadOnlyList<string>? words,
        IReadOnlyCollection<string>? matched,
        IReadOnlyCollection<string>? unmatched,
        string? error)
    {
        Value = value;
        Words = words ?? NoWords;
        Matched = matched ?? NoWords;
        Unmatched = unmatched ?? NoWords;
        Error = error;
    }

    /// <summary>
    /// Gets the expanded word with quotes removed and escapes processed (subject to the processor's options).
    /// Empty when <see cref="Succeeded"/> is <see langword="false"/>.
    /// </summary>
    public string Value { get; }

    /// <summary>
    /// Gets the words obtained by splitting the expansion on unquoted white space, the way BuildKit does
    /// after substitution. Empty when <see cref="Succeeded"/> is <see langword="false"/>.
    /// </summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Gets the names of the variables referenced by the word that were found in the environment.</summary>
    public IReadOnlyCollection<string> Matched { get; }

    /// <summary>Gets the names of the variables referenced by the word that were not found in the environment.</summary>
    public IReadOnlyCollection<string> Unmatched { get; }

    /// <summary>Gets a value indicating whether the word was expanded without error.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Gets the reason expansion failed, or <see langword="null"/> when it succeeded.</summary>
    public string? Error { get; }

    /// <inheritdoc />
    public override string ToString() => Succeeded ? Value : "error: " + Error;
}
