namespace Dockerfile.Analysis.Semantics;

/// <summary>One word of a shell command, with its position in the script text.</summary>
public readonly struct ShellWord
{
    /// <summary>Initializes a new instance of the <see cref="ShellWord"/> struct.</summary>
    /// <param name="text">The word as written.</param>
    /// <param name="value">The word with quotes removed and escapes processed.</param>
    /// <param name="start">The offset of the word in the script text.</param>
    /// <param name="length">The length of the word in the script text.</param>
    public ShellWord(string text, string value, int start, int length)
    {
        Text = text;
        Value = value;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the word exactly as written in the script.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets the word with quotes removed and backslash escapes processed. Parameter expansions,
    /// <c>$(...)</c> and backtick substitutions are kept verbatim; nothing is executed or expanded.
    /// </summary>
    public string Value { get; }

    /// <summary>Gets the offset of the first character of the word in the script text.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters the word spans in the script text.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override string ToString() => Text ?? string.Empty;
}
