namespace Dockerfile.Analysis.Editor;

/// <summary>What a folding range folds.</summary>
public enum FoldingRangeKind
{
    /// <summary>A build stage.</summary>
    Stage,

    /// <summary>An instruction that spans several lines (continuations).</summary>
    Instruction,

    /// <summary>A heredoc's body and terminator.</summary>
    Heredoc,

    /// <summary>A run of two or more comment lines.</summary>
    Comment,
}
