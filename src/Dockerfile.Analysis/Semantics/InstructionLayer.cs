using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>One instruction of a stage as <see cref="LayerAnalysis"/> sees it: the layer it makes, what its cache depends on, whether a change rebuilds it.</summary>
public sealed class InstructionLayer
{
    internal InstructionLayer(InstructionSyntax instruction, int line, string text, InstructionLayerKind kind, ImmutableArray<CacheInput> cache)
    {
        Instruction = instruction;
        Line = line;
        Text = text;
        Kind = kind;
        Cache = cache;
    }

    /// <summary>Gets the instruction.</summary>
    public InstructionSyntax Instruction { get; }

    /// <summary>Gets the 1-based line the instruction starts on.</summary>
    public int Line { get; }

    /// <summary>Gets the instruction's keyword, upper case (<c>COPY</c>).</summary>
    public string Keyword => Instruction.InstructionName;

    /// <summary>Gets the instruction on one line, from its keyword to its last argument (continuations folded).</summary>
    public string Text { get; }

    /// <summary>Gets what the instruction contributes to the image.</summary>
    public InstructionLayerKind Kind { get; }

    /// <summary>Gets a value indicating whether the instruction makes a filesystem layer (RUN, COPY, ADD).</summary>
    public bool MakesLayer => Kind == InstructionLayerKind.Filesystem;

    /// <summary>
    /// Gets what the instruction's cache depends on besides its own text: the base image or stage (FROM), the
    /// instruction before it, the ARGs it reads, the context sources and files it copies, the stage or image it copies
    /// from and its mounts.
    /// </summary>
    public ImmutableArray<CacheInput> Cache { get; }

    /// <summary>Gets whether the changed paths rebuild the instruction; <see langword="null"/> when no changed paths were given.</summary>
    public bool? Rebuilt { get; internal set; }

    /// <summary>Gets why the instruction is rebuilt, or <see langword="null"/> when it is not (or no changed paths were given).</summary>
    public RebuildReason? Reason { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Line + ": " + Text;
}
