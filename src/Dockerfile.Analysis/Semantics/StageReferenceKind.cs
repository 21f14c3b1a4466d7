namespace Dockerfile.Analysis.Semantics;

/// <summary>How an instruction refers to a stage or an image.</summary>
public enum StageReferenceKind
{
    /// <summary><c>FROM &lt;stage&gt;</c>: the stage builds on another stage.</summary>
    From,

    /// <summary><c>COPY --from=&lt;stage|index|image&gt;</c> (or ADD).</summary>
    CopyFrom,

    /// <summary><c>RUN --mount=...,from=&lt;stage|image&gt;</c>.</summary>
    MountFrom,
}
