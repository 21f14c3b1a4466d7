using System.Collections.Generic;

namespace Dockerfile.LanguageServer.Protocol;

/// <summary>Edits to documents, by URI.</summary>
public sealed class WorkspaceEdit
{
    /// <summary>The edits per document URI.</summary>
    public Dictionary<string, TextEdit[]>? Changes { get; set; }
}
