namespace Dockerfile.Analysis.Editor;

/// <summary>What a document symbol stands for (a front end maps it to its own icons).</summary>
public enum DocumentSymbolKind
{
    /// <summary>A parser directive (<c># syntax=...</c>).</summary>
    Directive,

    /// <summary>A build stage: its FROM and the instructions up to the next FROM.</summary>
    Stage,

    /// <summary>An instruction.</summary>
    Instruction,

    /// <summary>A variable an ARG or ENV declares.</summary>
    Variable,

    /// <summary>A heredoc.</summary>
    Heredoc,
}
