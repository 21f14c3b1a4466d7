
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>The client's formatting options; an <c>.editorconfig</c> value for the same setting wins over them.</summary>
public sealed class FormattingOptions
{
    /// <summary>Size of a tab in spaces.</summary>
    public int TabSize { get; set; } = 4;
    /// <summary>Prefer spaces over tabs.</summary>
    public bool InsertSpaces { get; set; } = true;
    /// <summary>Trim white space at the end of lines.</summary>
    public bool? TrimTrailingWhitespace { get; set; }
    /// <summary>Insert a newline at the end of the file when there is none.</summary>
    public bool? InsertFinalNewline { get; set; }
}
