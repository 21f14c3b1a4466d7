namespace Dockerfile.Analysis.Editor;

/// <summary>What an inlay hint shows.</summary>
public enum InlayHintKind
{
    /// <summary>The value a variable has where it is used.</summary>
    VariableValue,

    /// <summary>How many later layers a change to the copied sources rebuilds (on a whole-context COPY).</summary>
    RebuiltLayers,
}
