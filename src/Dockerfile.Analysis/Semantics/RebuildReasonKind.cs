namespace Dockerfile.Analysis.Semantics;

/// <summary>Why a change rebuilds an instruction (<see cref="RebuildReason"/>).</summary>
public enum RebuildReasonKind
{
    /// <summary>It copies (or bind-mounts) a changed context file: its own cache key changed.</summary>
    ChangedFile,

    /// <summary>An earlier instruction of its stage is rebuilt, so it runs on a new state.</summary>
    EarlierInstruction,

    /// <summary>It is the FROM of a stage built on an earlier stage that has a rebuilt instruction.</summary>
    BaseStage,

    /// <summary>It copies (<c>COPY --from</c>) from a stage that has a rebuilt instruction.</summary>
    CopiedStage,

    /// <summary>It mounts (<c>RUN --mount=from=</c>) a stage that has a rebuilt instruction.</summary>
    MountedStage,
}
