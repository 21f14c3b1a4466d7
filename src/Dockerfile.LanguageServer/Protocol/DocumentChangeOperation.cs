using System.Text.Json.Serialization;

namespace Dockerfile.LanguageServer.Protocol;

/// <summary>
/// One entry of <see cref="WorkspaceEdit.DocumentChanges"/>: a <c>CreateFile</c> (with <see cref="Kind"/> <c>create</c>)
/// or a <c>TextDocumentEdit</c> (with <see cref="TextDocument"/> and <see cref="Edits"/>). One type for both keeps the
/// contracts source-generated.
/// </summary>
public sealed class DocumentChangeOperation
{
    /// <summary><c>create</c> for a file creation; absent for a text document edit.</summary>
    public string? Kind { get; set; }

    /// <summary>The file to create.</summary>
    public string? Uri { get; set; }

    /// <summary>How to create it: never over an existing file.</summary>
    public CreateFileOptions? Options { get; set; }

    /// <summary>The document a text edit applies to.</summary>
    public OptionalVersionedTextDocumentIdentifier? TextDocument { get; set; }

    /// <summary>The text edits.</summary>
    public TextEdit[]? Edits { get; set; }
}

/// <summary>The options of a <c>CreateFile</c> operation.</summary>
public sealed class CreateFileOptions
{
    /// <summary>Whether an existing file is overwritten (never, here).</summary>
    public bool Overwrite { get; set; }

    /// <summary>Whether the operation is skipped when the file exists (no: the client reports the failure).</summary>
    public bool IgnoreIfExists { get; set; }
}

/// <summary>A document and, when the server knows it, its version (<see langword="null"/> for a file not open in the editor).</summary>
public sealed class OptionalVersionedTextDocumentIdentifier
{
    /// <summary>The document's URI.</summary>
    public string Uri { get; set; } = "";

    /// <summary>The version, or <see langword="null"/> (written as <c>null</c>, as the protocol requires).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; set; }
}
