namespace Dockerfile.Analysis.Formatting;

/// <summary>What an indentation is made of: <c>indent_style</c>.</summary>
public enum IndentStyle
{
    /// <summary><see cref="DockerfileFormattingOptions.IndentSize"/> spaces; the default.</summary>
    Space,

    /// <summary>One tab.</summary>
    Tab,
}
