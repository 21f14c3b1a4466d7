using System;

namespace Dockerfile.Analysis.Semantics;

/// <summary>One thing an instruction's build cache depends on: when it changes, the instruction runs again.</summary>
public sealed class CacheInput : IEquatable<CacheInput>
{
    /// <summary>Creates an input.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="value">Its value: an image, a stage, a line number, a path, a name or a mount's options.</param>
    public CacheInput(CacheInputKind kind, string value)
    {
        Kind = kind;
        Value = value ?? string.Empty;
    }

    /// <summary>Gets what the input is.</summary>
    public CacheInputKind Kind { get; }

    /// <summary>Gets its value: an image, a stage's name (or index), a line number, a path, an ARG's name or a mount's options.</summary>
    public string Value { get; }

    /// <summary>Gets the word that names the kind in <see cref="ToString"/>: <c>image</c>, <c>stage</c>, <c>previous</c>, <c>source</c>, <c>file</c>, <c>url</c>, <c>arg</c>, <c>mount</c>, <c>from-stage</c>, <c>from-image</c>.</summary>
    public string KindName => Kind switch
    {
        CacheInputKind.Image => "image",
        CacheInputKind.Stage => "stage",
        CacheInputKind.Previous => "previous",
        CacheInputKind.Source => "source",
        CacheInputKind.File => "file",
        CacheInputKind.Url => "url",
        CacheInputKind.Argument => "arg",
        CacheInputKind.Mount => "mount",
        CacheInputKind.FromStage => "from-stage",
        _ => "from-image",
    };

    /// <summary>Gets the input as one string, its kind's word then its value: <c>file Pipfile.lock</c>, <c>previous 4</c>.</summary>
    /// <returns>The string, as <c>dfa layers --format json</c> writes it.</returns>
    public override string ToString() => KindName + " " + Value;

    /// <inheritdoc />
    public bool Equals(CacheInput? other) => other is not null && other.Kind == Kind && string.Equals(other.Value, Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CacheInput);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Value);
}
