using System.Collections.Immutable;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>A build-context file that looks like a secret and that an instruction copies into an image.</summary>
public sealed class SecretFile
{
    internal SecretFile(string path, string description, ImmutableArray<InstructionSyntax> copiedBy, bool copiedByName)
    {
        Path = path;
        Description = description;
        CopiedBy = copiedBy;
        CopiedByName = copiedByName;
    }

    /// <summary>Gets the path relative to the context root.</summary>
    public string Path { get; }

    /// <summary>Gets why it looks like a secret: <c>an SSH private key</c>, <c>an .npmrc with a registry token</c>, ...</summary>
    public string Description { get; }

    /// <summary>Gets the COPY and ADD instructions that take it, in file order.</summary>
    public ImmutableArray<InstructionSyntax> CopiedBy { get; }

    /// <summary>
    /// Gets a value indicating whether an instruction names it (its path, or a pattern that matches the path itself): then
    /// the copy is deliberate and a .dockerignore line would break it; a secret mount is the way out.
    /// </summary>
    public bool CopiedByName { get; }

    /// <inheritdoc />
    public override string ToString() => Path + ": " + Description;
}
