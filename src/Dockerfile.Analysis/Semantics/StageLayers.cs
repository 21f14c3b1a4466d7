using System.Collections.Immutable;
using System.Linq;

namespace Dockerfile.Analysis.Semantics;

/// <summary>A stage as <see cref="LayerAnalysis"/> sees it: its instructions (FROM first) with their layers and cache inputs.</summary>
public sealed class StageLayers
{
    internal StageLayers(DockerfileStage stage, ImmutableArray<InstructionLayer> instructions)
    {
        Stage = stage;
        Instructions = instructions;
    }

    /// <summary>Gets the stage.</summary>
    public DockerfileStage Stage { get; }

    /// <summary>Gets the stage's zero-based index.</summary>
    public int Index => Stage.Index;

    /// <summary>Gets the stage's name, or <see langword="null"/>.</summary>
    public string? Name => Stage.Name;

    /// <summary>Gets what the stage builds on: the base image (ARGs expanded) or the name of an earlier stage.</summary>
    public string Base => Stage.ExpandedBaseImage;

    /// <summary>Gets a value indicating whether building the target builds this stage.</summary>
    public bool InTarget => Stage.IsReachable;

    /// <summary>Gets the stage's instructions, its FROM first.</summary>
    public ImmutableArray<InstructionLayer> Instructions { get; }

    /// <summary>Gets the number of filesystem layers the stage adds (RUN, COPY and ADD).</summary>
    public int LayerCount => Instructions.Count(i => i.MakesLayer);

    /// <summary>Gets whether any instruction of the stage is rebuilt; <see langword="null"/> when no changed paths were given.</summary>
    public bool? Rebuilt => Instructions.IsEmpty || Instructions[0].Rebuilt is null ? null : Instructions.Any(i => i.Rebuilt == true);

    /// <inheritdoc />
    public override string ToString() => Stage.ToString();
}
