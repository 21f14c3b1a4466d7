using System.Collections.Generic;

namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Edits to documents: by URI, or as an ordered list of operations when a fix creates a file.</summary>
public sealed class WorkspaceEdit
{
    /// <summary>The edits per document URI.</summary>
    public Dictionary<string, TextEdit[]>? Changes { get; set; }

    /// <summary>
    /// The operations in order (<c>documentChanges</c>): file creations and text document edits. Sent instead of
    /// <see cref="Changes"/>, and only to clients that announced <c>workspace.workspaceEdit.documentChanges</c>.
    /// </summary>
    public DocumentChangeOperation[]? DocumentChanges { get; set; }
}
