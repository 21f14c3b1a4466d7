namespace Dockerfile.Analysis.Configuration;

/// <summary>A configured severity, in the .NET <c>.editorconfig</c> vocabulary.</summary>
public enum RuleSeverityLevel
{
    /// <summary>The rule is off: its diagnostics are removed.</summary>
    None,

    /// <summary>The rule runs but its diagnostics are not shown: they are removed.</summary>
    Silent,

    /// <summary>An informational diagnostic (hadolint's <c>info</c> and <c>style</c>).</summary>
    Suggestion,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>An error.</summary>
    Error,
}
