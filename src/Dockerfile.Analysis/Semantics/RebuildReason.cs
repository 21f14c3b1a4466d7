using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>Why a change to the build context rebuilds an instruction.</summary>
public sealed class RebuildReason
{
    internal RebuildReason(RebuildReasonKind kind, string description, string? changedPath = null, InstructionSyntax? cause = null, DockerfileStage? stage = null)
    {
        Kind = kind;
        Description = description;
        ChangedPath = changedPath;
        Cause = cause;
        Stage = stage;
    }

    /// <summary>Gets the kind of reason.</summary>
    public RebuildReasonKind Kind { get; }

    /// <summary>
    /// Gets the reason in words: <c>copies manage.py, which changed</c>, <c>comes after line 4, which is rebuilt</c> (the first rebuilt instruction of its stage),
    /// <c>its base stage 'build' is rebuilt</c>, <c>copies from stage 'build', which is rebuilt</c>,
    /// <c>mounts stage 'build', which is rebuilt</c>.
    /// </summary>
    public string Description { get; }

    /// <summary>Gets the first changed path the instruction copies or mounts, for <see cref="RebuildReasonKind.ChangedFile"/>; otherwise <see langword="null"/>.</summary>
    public string? ChangedPath { get; }

    /// <summary>Gets the first rebuilt instruction before it in its stage (where the cascade starts), for <see cref="RebuildReasonKind.EarlierInstruction"/>; otherwise <see langword="null"/>.</summary>
    public InstructionSyntax? Cause { get; }

    /// <summary>Gets the rebuilt stage it builds on, copies or mounts, for the stage reasons; otherwise <see langword="null"/>.</summary>
    public DockerfileStage? Stage { get; }

    /// <inheritdoc />
    public override string ToString() => Description;
}
