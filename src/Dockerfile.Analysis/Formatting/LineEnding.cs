namespace Dockerfile.Analysis.Formatting;

/// <summary>Which line breaks the formatter writes: <c>end_of_line</c>.</summary>
public enum LineEnding
{
    /// <summary>Every line break stays as found; a line break the formatter adds (the final newline) copies the file's first one. The default.</summary>
    Keep,

    /// <summary><c>\n</c>: every line break outside heredocs is converted.</summary>
    Lf,

    /// <summary><c>\r\n</c>: every line break outside heredocs is converted.</summary>
    CrLf,
}
