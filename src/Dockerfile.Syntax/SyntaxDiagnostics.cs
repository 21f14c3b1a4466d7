using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Syntax;

/// <summary>The descriptors of parse diagnostics (<c>DFS0xxx</c>).</summary>
public static class SyntaxDiagnostics
{
    private const string Category = "Syntax";

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: $"docs/rules/{id}.md");

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: $"docs/rules/{id}.md");

    /// <summary>DFS0001: an instruction keyword BuildKit does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownInstruction = Error("DFS0001", "Unknown instruction", "Unknown instruction '{0}'");

    /// <summary>DFS0002: an escape directive whose value is neither <c>\</c> nor <c>`</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidEscapeDirective = Error("DFS0002", "Invalid escape directive", "Invalid escape character '{0}': it must be \\ or `");

    /// <summary>DFS0003: the same parser directive twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateDirective = Error("DFS0003", "Duplicate parser directive", "Only one '{0}' parser directive may be used");

    /// <summary>DFS0004: a heredoc without its terminator line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedHeredoc = Error("DFS0004", "Unterminated heredoc", "The heredoc '{0}' is never closed: no line reads '{0}' before the end of the file");

    /// <summary>DFS0005: an exec-form JSON array with a value that is not a string.</summary>
    public static readonly DiagnosticDescriptor ExecFormNotStrings = Error("DFS0005", "Exec form must hold strings only", "Every element of an exec-form JSON array must be a string");

    /// <summary>DFS0006: ENV or LABEL without a value, or a pair without <c>=</c>.</summary>
    public static readonly DiagnosticDescriptor MissingKeyValue = Error("DFS0006", "Malformed key=value", "{0}");

    /// <summary>DFS0007: a quote that is never closed in a word BuildKit expands (BuildKit's parser accepts it; expansion fails).</summary>
    public static readonly DiagnosticDescriptor UnterminatedQuote = Warning("DFS0007", "Unterminated quote", "The {0} quote is never closed; BuildKit fails when it expands this word");

    /// <summary>DFS0008: a malformed <c>${...}</c> variable reference (BuildKit's parser accepts it; expansion fails).</summary>
    public static readonly DiagnosticDescriptor BadSubstitution = Warning("DFS0008", "Bad variable substitution", "{0}; BuildKit fails when it expands this word");

    /// <summary>DFS0009: a line longer than BuildKit accepts.</summary>
    public static readonly DiagnosticDescriptor LineTooLong = Error("DFS0009", "Line too long", "This line is {0} bytes long; BuildKit accepts at most 65535");

    /// <summary>DFS0010: a file with no instructions.</summary>
    public static readonly DiagnosticDescriptor NoInstructions = Error("DFS0010", "No instructions", "The file has no instructions");

    /// <summary>DFS0011: an instruction that needs arguments has none.</summary>
    public static readonly DiagnosticDescriptor MissingArguments = Error("DFS0011", "Missing arguments", "{0} requires {1}");

    /// <summary>DFS0012: text that starts like an exec-form array but is not valid JSON, so BuildKit runs it as shell form.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonFallsBackToShell = Warning("DFS0012", "Invalid JSON runs as shell form", "This looks like an exec-form JSON array but is not valid JSON, so it runs as a shell command: {0}");

    /// <summary>All parse diagnostics.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        UnknownInstruction, InvalidEscapeDirective, DuplicateDirective, UnterminatedHeredoc, ExecFormNotStrings,
        MissingKeyValue, UnterminatedQuote, BadSubstitution, LineTooLong, NoInstructions, MissingArguments, InvalidJsonFallsBackToShell,
    };
}
