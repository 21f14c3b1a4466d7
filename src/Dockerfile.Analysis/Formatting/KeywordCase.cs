namespace Dockerfile.Analysis.Formatting;

/// <summary>How the formatter writes instruction keywords (and FROM's <c>AS</c>): <c>dockerfile_keyword_case</c>.</summary>
public enum KeywordCase
{
    /// <summary>Upper case (<c>RUN</c>, <c>AS</c>); the default.</summary>
    Upper,

    /// <summary>Lower case (<c>run</c>, <c>as</c>).</summary>
    Lower,

    /// <summary>As written.</summary>
    Keep,
}
