using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>What the build cache of an instruction depends on: when any of it changes, the instruction runs again.</summary>
public sealed class CacheDependencies
{
    internal CacheDependencies(ImmutableArray<InstructionSyntax> instructions, ImmutableArray<string> arguments, ImmutableArray<string> contextSources, IReadOnlyList<string>? contextFiles, DockerfileStage? sourceStage)
    {
        Instructions = instructions;
        Arguments = arguments;
        ContextSources = contextSources;
        ContextFiles = contextFiles;
        SourceStage = sourceStage;
    }

    /// <summary>Gets the earlier instructions of the stage, its FROM first, and those of the stages it builds on.</summary>
    public ImmutableArray<InstructionSyntax> Instructions { get; }

    /// <summary>
    /// Gets the ARGs whose values the instruction uses: every ARG in scope for a RUN (BuildKit passes them in its
    /// environment), otherwise the ARGs its words reference.
    /// </summary>
    public ImmutableArray<string> Arguments { get; }

    /// <summary>Gets the build-context sources a COPY or ADD takes (expanded), empty for other instructions or with <c>--from</c>.</summary>
    public ImmutableArray<string> ContextSources { get; }

    /// <summary>Gets the context files those sources match, or <see langword="null"/> when no build context is known.</summary>
    public IReadOnlyList<string>? ContextFiles { get; }

    /// <summary>Gets the stage a <c>COPY --from</c> copies from, or <see langword="null"/>.</summary>
    public DockerfileStage? SourceStage { get; }
}
