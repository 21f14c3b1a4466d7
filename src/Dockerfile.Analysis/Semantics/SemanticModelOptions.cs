using System.Collections.Immutable;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Analysis.Semantics;

/// <summary>What the semantic model knows of the build beyond the Dockerfile: target, build arguments, platforms and context.</summary>
public sealed class SemanticModelOptions
{
    /// <summary>Gets the default options: the last stage is the target, no build arguments, <c>linux/amd64</c>, no context.</summary>
    public static SemanticModelOptions Default { get; } = new();

    /// <summary>Gets the name (or index) of the target stage; <see langword="null"/> means the last stage.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the <c>--build-arg</c> values, which override ARG defaults.</summary>
    public ImmutableDictionary<string, string> BuildArguments { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the platform built for (<c>TARGETPLATFORM</c>), such as <c>linux/arm64/v8</c>.</summary>
    public string TargetPlatform { get; init; } = "linux/amd64";

    /// <summary>Gets the platform of the builder (<c>BUILDPLATFORM</c>).</summary>
    public string BuildPlatform { get; init; } = "linux/amd64";

    /// <summary>Gets the build context, when known; <see cref="DockerfileSemanticModel.GetCopiedFiles(Dockerfile.Syntax.CopyInstructionSyntax)"/> needs it.</summary>
    public BuildContext? BuildContext { get; init; }
}
