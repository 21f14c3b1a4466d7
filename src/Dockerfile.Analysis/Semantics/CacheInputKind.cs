namespace Dockerfile.Analysis.Semantics;

/// <summary>What kind of thing an instruction's build cache depends on (<see cref="CacheInput"/>).</summary>
public enum CacheInputKind
{
    /// <summary>The base image of a FROM (<c>image python:3.12-slim</c>).</summary>
    Image,

    /// <summary>The earlier stage a FROM builds on (<c>stage builder</c>): every layer of that stage.</summary>
    Stage,

    /// <summary>The instruction before it in its stage, by line (<c>previous 4</c>): the state it runs on.</summary>
    Previous,

    /// <summary>A build-context source of a COPY or ADD, as expanded (<c>source .</c>).</summary>
    Source,

    /// <summary>A build-context file the instruction copies or mounts, after .dockerignore (<c>file Pipfile.lock</c>).</summary>
    File,

    /// <summary>A remote source of an ADD (<c>url https://example.com/a.tgz</c>).</summary>
    Url,

    /// <summary>An ARG whose value the instruction reads (<c>arg VERSION</c>).</summary>
    Argument,

    /// <summary>A <c>RUN --mount</c> option, as expanded (<c>mount type=cache,target=/root/.cache</c>).</summary>
    Mount,

    /// <summary>The stage a <c>COPY --from</c> copies from (<c>from-stage builder</c>).</summary>
    FromStage,

    /// <summary>The image a <c>COPY --from</c> copies from when no stage has that name (<c>from-image nginx:1.27</c>).</summary>
    FromImage,
}
