using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Testing;

/// <summary>
/// An expected diagnostic, as in Microsoft.CodeAnalysis.Testing: an id, and optionally where it is (1-based lines and
/// columns), its message arguments or message, and its severity. Immutable: every <c>With</c> method returns a copy.
/// </summary>
public readonly struct DiagnosticResult
{
    private DiagnosticResult(string id, DiagnosticDescriptor? descriptor, FileLinePositionSpan? span, object?[]? arguments, string? message, DiagnosticSeverity? severity)
    {
        Id = id;
        Descriptor = descriptor;
        Span = span;
        Arguments = arguments;
        Message = message;
        Severity = severity;
    }

    /// <summary>Gets the expected id.</summary>
    public string Id { get; }

    /// <summary>Gets the descriptor the diagnostic is expected to have, when made from one (its message format checks <see cref="Arguments"/>).</summary>
    public DiagnosticDescriptor? Descriptor { get; }

    /// <summary>Gets where the diagnostic is expected (0-based inside, as Roslyn's <see cref="FileLinePositionSpan"/>), or <see langword="null"/> when any place will do.</summary>
    public FileLinePositionSpan? Span { get; }

    /// <summary>Gets the expected message arguments, or <see langword="null"/> when not checked.</summary>
    public object?[]? Arguments { get; }

    /// <summary>Gets the expected message, or <see langword="null"/> when not checked.</summary>
    public string? Message { get; }

    /// <summary>Gets the expected severity, or <see langword="null"/> when not checked.</summary>
    public DiagnosticSeverity? Severity { get; }

    /// <summary>Expects a diagnostic with this id.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The expectation.</returns>
    public static DiagnosticResult Create(string id) => new(id ?? throw new ArgumentNullException(nameof(id)), null, null, null, null, null);

    /// <summary>Expects a diagnostic of this descriptor (its id; with <see cref="WithArguments"/>, its formatted message).</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <returns>The expectation.</returns>
    public static DiagnosticResult Create(DiagnosticDescriptor descriptor) =>
        new((descriptor ?? throw new ArgumentNullException(nameof(descriptor))).Id, descriptor, null, null, null, null);

    /// <summary>Expects the diagnostic from a line and column to a line and column (1-based, as an editor shows them).</summary>
    /// <param name="startLine">The first line, from 1.</param>
    /// <param name="startColumn">The first column, from 1.</param>
    /// <param name="endLine">The last line, from 1.</param>
    /// <param name="endColumn">The column just after the end, from 1.</param>
    /// <returns>A copy with the span.</returns>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
    {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(startLine), "Lines and columns start at 1 and the span must not end before it starts.");
        }

        var span = new FileLinePositionSpan(string.Empty, new Microsoft.CodeAnalysis.Text.LinePosition(startLine - 1, startColumn - 1), new Microsoft.CodeAnalysis.Text.LinePosition(endLine - 1, endColumn - 1));
        return new DiagnosticResult(Id, Descriptor, span, Arguments, Message, Severity);
    }

    /// <summary>Expects a span given in 0-based Roslyn terms (what markup produces).</summary>
    /// <param name="span">The span.</param>
    /// <returns>A copy with the span.</returns>
    public DiagnosticResult WithSpan(FileLinePositionSpan span) => new(Id, Descriptor, span, Arguments, Message, Severity);

    /// <summary>Expects these message arguments (compared through the descriptor's message format when known, else as strings).</summary>
    /// <param name="arguments">The arguments.</param>
    /// <returns>A copy with the arguments.</returns>
    public DiagnosticResult WithArguments(params object?[] arguments) => new(Id, Descriptor, Span, arguments ?? Array.Empty<object?>(), Message, Severity);

    /// <summary>Expects exactly this message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>A copy with the message.</returns>
    public DiagnosticResult WithMessage(string message) => new(Id, Descriptor, Span, Arguments, message ?? throw new ArgumentNullException(nameof(message)), Severity);

    /// <summary>Expects this severity (after configuration).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>A copy with the severity.</returns>
    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => new(Id, Descriptor, Span, Arguments, Message, severity);

    /// <summary>The message the arguments give through the descriptor, or <see langword="null"/> when neither is known.</summary>
    internal string? ExpectedMessage()
    {
        if (Message != null)
        {
            return Message;
        }

        if (Arguments is null || Descriptor is null)
        {
            return null;
        }

        return string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        string text = Id;
        if (Span is { } span)
        {
            text += $" at {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1}:{span.EndLinePosition.Character + 1}";
        }

        if (Severity is { } severity)
        {
            text += " " + severity;
        }

        if (ExpectedMessage() is { } message)
        {
            text += ": " + message;
        }
        else if (Arguments != null)
        {
            text += " (" + string.Join(", ", Arguments) + ")";
        }

        return text;
    }
}
