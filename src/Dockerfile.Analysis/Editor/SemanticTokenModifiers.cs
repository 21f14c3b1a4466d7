using System;

namespace Dockerfile.Analysis.Editor;

/// <summary>Modifiers of a classified span.</summary>
[Flags]
public enum SemanticTokenModifiers
{
    /// <summary>No modifier.</summary>
    None = 0,

    /// <summary>The text declares the name (<c>AS name</c>, an ARG or ENV name, a heredoc marker).</summary>
    Declaration = 1,

    /// <summary>The instruction is deprecated (MAINTAINER).</summary>
    Deprecated = 2,
}
