namespace Dockerfile.Analysis.Semantics;

/// <summary>What an instruction contributes to the image it builds.</summary>
public enum InstructionLayerKind
{
    /// <summary>Nothing: a global instruction before the first FROM (an ARG), or an instruction outside the model.</summary>
    None,

    /// <summary>The FROM that starts a stage: the base image's layers.</summary>
    BaseImage,

    /// <summary>A new filesystem layer: RUN, COPY and ADD.</summary>
    Filesystem,

    /// <summary>Only image metadata or build state (ENV, LABEL, WORKDIR, USER, CMD, ...); no filesystem layer of its own.</summary>
    Metadata,
}
