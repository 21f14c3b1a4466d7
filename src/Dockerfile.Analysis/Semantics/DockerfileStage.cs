using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>A build stage: a FROM instruction and the instructions up to the next FROM.</summary>
public sealed class DockerfileStage
{
    internal DockerfileStage(int index, FromInstructionSyntax from, ImmutableArray<InstructionSyntax> instructions)
    {
        Index = index;
        From = from;
        Instructions = instructions;
        Name = from.StageName?.ValueText;
        BaseImage = from.Image?.ValueText ?? string.Empty;
    }

    /// <summary>Gets the stage's zero-based index.</summary>
    public int Index { get; }

    /// <summary>Gets the stage's name (after <c>AS</c>), or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the FROM instruction that starts the stage.</summary>
    public FromInstructionSyntax From { get; }

    /// <summary>Gets the base image as written (variables not expanded), or the name of an earlier stage.</summary>
    public string BaseImage { get; }

    /// <summary>Gets the stage's instructions after FROM, in order (ONBUILD counts as one instruction).</summary>
    public ImmutableArray<InstructionSyntax> Instructions { get; }

    /// <inheritdoc />
    public override string ToString() => Name is null ? $"stage {Index} ({BaseImage})" : $"stage {Index} '{Name}' ({BaseImage})";
}
