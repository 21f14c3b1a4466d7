using System.Collections.Immutable;

namespace Dockerfile.Analysis.Semantics;

/// <summary>The result of expanding a word with the variables in force at its instruction.</summary>
public sealed class ExpandedWord
{
    internal ExpandedWord(string value, ImmutableArray<string> words, ImmutableArray<string> usedVariables, ImmutableArray<string> undefinedVariables, string? error)
    {
        Value = value;
        Words = words;
        UsedVariables = usedVariables;
        UndefinedVariables = undefinedVariables;
        Error = error;
    }

    /// <summary>Gets the expanded value (quotes removed, variables substituted).</summary>
    public string Value { get; }

    /// <summary>Gets the expanded value split on unquoted white space.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>Gets the names of the variables that had a value, sorted.</summary>
    public ImmutableArray<string> UsedVariables { get; }

    /// <summary>
    /// Gets the names referenced that are neither an ENV, a declared ARG, nor a predefined proxy ARG, sorted.
    /// An <c>ARG NAME</c> without a value counts as defined (it expands to an empty string).
    /// </summary>
    public ImmutableArray<string> UndefinedVariables { get; }

    /// <summary>Gets why the word could not be expanded (BuildKit would fail the build), or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Gets a value indicating whether the expansion succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <inheritdoc />
    public override string ToString() => Succeeded ? Value : "error: " + Error;
}
