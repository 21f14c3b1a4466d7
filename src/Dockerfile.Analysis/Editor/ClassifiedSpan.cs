using System;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>A classified piece of text on one line, for semantic highlighting.</summary>
public readonly struct ClassifiedSpan : IEquatable<ClassifiedSpan>
{
    /// <summary>Creates a classified span.</summary>
    /// <param name="span">The text; never crosses a line break.</param>
    /// <param name="kind">The classification.</param>
    /// <param name="modifiers">The modifiers.</param>
    public ClassifiedSpan(TextSpan span, SemanticTokenKind kind, SemanticTokenModifiers modifiers = SemanticTokenModifiers.None)
    {
        Span = span;
        Kind = kind;
        Modifiers = modifiers;
    }

    /// <summary>Gets the text; it never contains a line break.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the classification.</summary>
    public SemanticTokenKind Kind { get; }

    /// <summary>Gets the modifiers.</summary>
    public SemanticTokenModifiers Modifiers { get; }

    /// <inheritdoc />
    public bool Equals(ClassifiedSpan other) => Span == other.Span && Kind == other.Kind && Modifiers == other.Modifiers;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClassifiedSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Span.GetHashCode() * 31 + (int)Kind) * 31 + (int)Modifiers;

    /// <summary>Compares two spans.</summary>
    public static bool operator ==(ClassifiedSpan left, ClassifiedSpan right) => left.Equals(right);

    /// <summary>Compares two spans.</summary>
    public static bool operator !=(ClassifiedSpan left, ClassifiedSpan right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Kind + (Modifiers == SemanticTokenModifiers.None ? string.Empty : "+" + Modifiers) + " " + Span;
}
