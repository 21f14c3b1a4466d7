namespace Dockerfile.Syntax.Parser;

/// <summary>Character classes as BuildKit's Go code defines them.</summary>
internal static class CharFacts
{
    /// <summary>Go's <c>unicode.IsSpace</c> (the same set as <see cref="char.IsWhiteSpace(char)"/>).</summary>
    public static bool IsSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r') || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>The class <c>[\t\v\f\r ]</c> BuildKit splits words and keywords on.</summary>
    public static bool IsSplitSpace(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';

    /// <summary>Go regexp's <c>\s</c>: <c>[\t\n\f\r ]</c>.</summary>
    public static bool IsRegexSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';

    /// <summary>JSON whitespace.</summary>
    public static bool IsJsonSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
