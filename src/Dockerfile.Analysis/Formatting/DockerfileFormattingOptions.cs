using System;
using System.Collections.Generic;
using System.Globalization;
using Dockerfile.Analysis.Configuration;

namespace Dockerfile.Analysis.Formatting;

/// <summary>
/// The choices of <see cref="DockerfileFormatter"/>, read from <c>.editorconfig</c> (<see cref="FromConfiguration"/>) or
/// set in code. Every option only picks among layouts that build the same image; see <c>docs/formatting.md</c>.
/// </summary>
public sealed class DockerfileFormattingOptions
{
    /// <summary>The <c>.editorconfig</c> key of <see cref="KeywordCase"/>.</summary>
    public const string KeywordCaseKey = "dockerfile_keyword_case";

    /// <summary>The <c>.editorconfig</c> key of <see cref="ContinuationIndent"/>.</summary>
    public const string ContinuationIndentKey = "dockerfile_continuation_indent";

    /// <summary>The <c>.editorconfig</c> key of <see cref="MaxBlankLines"/>.</summary>
    public const string MaxBlankLinesKey = "dockerfile_max_blank_lines";

    /// <summary>The <c>.editorconfig</c> key of <see cref="JsonArraySpacing"/>.</summary>
    public const string JsonArraySpacingKey = "dockerfile_json_array_spacing";

    /// <summary>The <c>.editorconfig</c> key of <see cref="SpaceAfterCommentHash"/>.</summary>
    public const string CommentSpaceKey = "dockerfile_comment_space";

    /// <summary>The <c>.editorconfig</c> key of <see cref="LegacyEnvToEquals"/>.</summary>
    public const string LegacyEnvKey = "dockerfile_env_key_value";

    /// <summary>Gets the options used when nothing is configured.</summary>
    public static DockerfileFormattingOptions Default { get; } = new();

    /// <summary>Gets what an indentation is made of (<c>indent_style</c>; default spaces).</summary>
    public IndentStyle IndentStyle { get; init; } = IndentStyle.Space;

    /// <summary>Gets the number of spaces of one indentation when <see cref="IndentStyle"/> is <see cref="Formatting.IndentStyle.Space"/> (<c>indent_size</c>, 1 to 16; default 4).</summary>
    public int IndentSize { get; init; } = 4;

    /// <summary>Gets which line breaks are written (<c>end_of_line</c>; default: kept as found).</summary>
    public LineEnding LineEnding { get; init; } = LineEnding.Keep;

    /// <summary>Gets a value indicating whether a file that does not end with a line break gets one (<c>insert_final_newline</c>; default true; false leaves the end as it is).</summary>
    public bool InsertFinalNewline { get; init; } = true;

    /// <summary>Gets a value indicating whether white space at the end of lines is removed (<c>trim_trailing_whitespace</c>; default true). Heredoc bodies are never touched.</summary>
    public bool TrimTrailingWhitespace { get; init; } = true;

    /// <summary>Gets how instruction keywords and FROM's <c>AS</c> are written (<c>dockerfile_keyword_case</c>: upper, lower or keep; default upper).</summary>
    public KeywordCase KeywordCase { get; init; } = KeywordCase.Upper;

    /// <summary>
    /// Gets how many indentations continuation lines (and comment lines inside a continuation) get
    /// (<c>dockerfile_continuation_indent</c>: 0 to 8, or keep; default 1), or <see langword="null"/> to keep them as written.
    /// </summary>
    public int? ContinuationIndent { get; init; } = 1;

    /// <summary>Gets the most blank lines kept in a row between instructions and comments (<c>dockerfile_max_blank_lines</c>, 0 to 100; default 1).</summary>
    public int MaxBlankLines { get; init; } = 1;

    /// <summary>Gets how exec-form JSON arrays are spaced (<c>dockerfile_json_array_spacing</c>: compact, spaced or keep; default compact).</summary>
    public JsonArraySpacing JsonArraySpacing { get; init; } = JsonArraySpacing.Compact;

    /// <summary>Gets a value indicating whether a comment written <c>#text</c> becomes <c># text</c> (<c>dockerfile_comment_space</c>; default false).</summary>
    public bool SpaceAfterCommentHash { get; init; }

    /// <summary>Gets a value indicating whether a legacy <c>ENV key value</c> whose value is one word becomes <c>ENV key=value</c> (<c>dockerfile_env_key_value</c>; default false).</summary>
    public bool LegacyEnvToEquals { get; init; }

    /// <summary>Gets the text of one continuation indentation, or <see langword="null"/> when continuation lines keep theirs.</summary>
    internal string? ContinuationIndentText
    {
        get
        {
            if (ContinuationIndent is not int count)
            {
                return null;
            }

            string unit = IndentStyle == IndentStyle.Tab ? "\t" : new string(' ', Math.Max(1, Math.Min(16, IndentSize)));
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < Math.Max(0, Math.Min(8, count)); i++)
            {
                text.Append(unit);
            }

            return text.ToString();
        }
    }

    /// <summary>Reads the options from a Dockerfile's configuration (its <c>.editorconfig</c> properties); values it does not understand keep their defaults.</summary>
    /// <param name="configuration">The configuration, for example <c>DockerfileDocument.Configuration</c>.</param>
    /// <returns>The options.</returns>
    public static DockerfileFormattingOptions FromConfiguration(AnalysisConfiguration? configuration) =>
        configuration is null ? Default : FromProperties(configuration.FormattingProperties);

    /// <summary>Reads the options from <c>.editorconfig</c> properties (keys in lower case); values it does not understand keep their defaults.</summary>
    /// <param name="properties">The properties that apply to the Dockerfile.</param>
    /// <returns>The options.</returns>
    public static DockerfileFormattingOptions FromProperties(IReadOnlyDictionary<string, string>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return Default;
        }

        string? Get(string key) => properties.TryGetValue(key, out string? value) ? value.Trim().ToLowerInvariant() : null;

        var indentStyle = Get("indent_style") switch
        {
            "tab" => IndentStyle.Tab,
            _ => IndentStyle.Space,
        };
        int indentSize = 4;
        string? size = Get("indent_size");
        if (size == "tab")
        {
            size = Get("tab_width");
        }

        if (TryParseInt(size, 1, 16, out int parsedSize))
        {
            indentSize = parsedSize;
        }

        var lineEnding = Get("end_of_line") switch
        {
            "lf" => LineEnding.Lf,
            "crlf" => LineEnding.CrLf,
            _ => LineEnding.Keep,
        };

        var result = new DockerfileFormattingOptions
        {
            IndentStyle = indentStyle,
            IndentSize = indentSize,
            LineEnding = lineEnding,
            InsertFinalNewline = Get("insert_final_newline") != "false",
            TrimTrailingWhitespace = Get("trim_trailing_whitespace") != "false",
            KeywordCase = TryParseKeywordCase(Get(KeywordCaseKey), out var keywordCase) ? keywordCase : KeywordCase.Upper,
            ContinuationIndent = TryParseContinuationIndent(Get(ContinuationIndentKey), out int? indent) ? indent : 1,
            MaxBlankLines = TryParseInt(Get(MaxBlankLinesKey), 0, 100, out int blank) ? blank : 1,
            JsonArraySpacing = TryParseJsonArraySpacing(Get(JsonArraySpacingKey), out var spacing) ? spacing : JsonArraySpacing.Compact,
            SpaceAfterCommentHash = Get(CommentSpaceKey) == "true",
            LegacyEnvToEquals = Get(LegacyEnvKey) == "true",
        };
        return result;
    }

    /// <summary>Whether a key is one the formatter reads (the <c>.editorconfig</c> reader keeps those).</summary>
    internal static bool IsFormattingKey(string key) =>
        key.StartsWith("dockerfile_", StringComparison.Ordinal) ||
        key is "indent_style" or "indent_size" or "tab_width" or "end_of_line" or "insert_final_newline" or "trim_trailing_whitespace";

    /// <summary>Why a value of one of our <c>dockerfile_*</c> keys is not understood, or <see langword="null"/> when it is (or the key is not ours).</summary>
    internal static string? Validate(string key, string value)
    {
        string v = (value ?? string.Empty).Trim().ToLowerInvariant();
        switch (key)
        {
            case KeywordCaseKey:
                return TryParseKeywordCase(v, out _) ? null : "'" + value + "' is not a keyword case; use upper, lower or keep";
            case ContinuationIndentKey:
                return TryParseContinuationIndent(v, out _) ? null : "'" + value + "' is not a continuation indent; use a number of indentations from 0 to 8, or keep";
            case MaxBlankLinesKey:
                return TryParseInt(v, 0, 100, out _) ? null : "'" + value + "' is not a number of blank lines from 0 to 100";
            case JsonArraySpacingKey:
                return TryParseJsonArraySpacing(v, out _) ? null : "'" + value + "' is not a JSON array spacing; use compact, spaced or keep";
            case CommentSpaceKey:
            case LegacyEnvKey:
                return v is "true" or "false" ? null : "'" + value + "' is not true or false";
            default:
                return null;
        }
    }

    private static bool TryParseKeywordCase(string? value, out KeywordCase result)
    {
        switch (value)
        {
            case "upper":
                result = KeywordCase.Upper;
                return true;
            case "lower":
                result = KeywordCase.Lower;
                return true;
            case "keep":
                result = KeywordCase.Keep;
                return true;
            default:
                result = KeywordCase.Upper;
                return false;
        }
    }

    private static bool TryParseJsonArraySpacing(string? value, out JsonArraySpacing result)
    {
        switch (value)
        {
            case "compact":
                result = JsonArraySpacing.Compact;
                return true;
            case "spaced":
                result = JsonArraySpacing.Spaced;
                return true;
            case "keep":
                result = JsonArraySpacing.Keep;
                return true;
            default:
                result = JsonArraySpacing.Compact;
                return false;
        }
    }

    private static bool TryParseContinuationIndent(string? value, out int? result)
    {
        if (value == "keep")
        {
            result = null;
            return true;
        }

        result = 1;
        if (TryParseInt(value, 0, 8, out int count))
        {
            result = count;
            return true;
        }

        return false;
    }

    private static bool TryParseInt(string? value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;
}
