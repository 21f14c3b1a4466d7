using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        ExpandedBaseImage = BaseImage;
    }

    // The implicit stage: the instructions before the first FROM, with a stand-in FROM that is not in the tree.
    private DockerfileStage(FromInstructionSyntax standIn, ImmutableArray<InstructionSyntax> instructions)
    {
        Index = -1;
        From = standIn;
        Instructions = instructions;
        BaseImage = string.Empty;
        ExpandedBaseImage = string.Empty;
        IsImplicit = true;
    }

    /// <summary>Makes the implicit stage of the instructions before the first FROM.</summary>
    internal static DockerfileStage CreateImplicit(ImmutableArray<InstructionSyntax> instructions)
    {
        var standIn = DockerfileSyntaxTree.ParseText("FROM scratch\n").GetRoot().Instructions.OfType<FromInstructionSyntax>().First();
        return new DockerfileStage(standIn, instructions);
    }

    /// <summary>Gets the stage's zero-based index; -1 for the <see cref="IsImplicit">implicit stage</see>.</summary>
    public int Index { get; }

    /// <summary>
    /// Gets a value indicating whether this is the implicit stage: the instructions before the first FROM when some
    /// of them are not ARGs (<see cref="DockerfileSemanticModel.ImplicitStage"/>). BuildKit rejects such a file;
    /// hadolint analyses those instructions as a stage of their own, and so do stage actions. Its
    /// <see cref="From"/> is a stand-in (<c>FROM scratch</c>) that is not in the tree, its <see cref="BaseImage"/> is
    /// empty, and it is not in <see cref="DockerfileSemanticModel.Stages"/>.
    /// </summary>
    public bool IsImplicit { get; }

    /// <summary>Gets the stage's name (after <c>AS</c>), or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the FROM instruction that starts the stage (for the implicit stage, a stand-in outside the tree).</summary>
    public FromInstructionSyntax From { get; }

    /// <summary>Gets the base image as written (variables not expanded), or the name of an earlier stage.</summary>
    public string BaseImage { get; }

    /// <summary>Gets the base image after expanding the global ARGs and built-in platform ARGs.</summary>
    public string ExpandedBaseImage { get; internal set; }

    /// <summary>Gets the parsed base image, or <see langword="null"/> when the stage builds on an earlier stage.</summary>
    public ImageReference? Image { get; internal set; }

    /// <summary>Gets the earlier stage this stage builds on (<c>FROM &lt;stage&gt;</c>), or <see langword="null"/>.</summary>
    public DockerfileStage? BaseStage { get; internal set; }

    /// <summary>Gets the stage's references to stages and images: its FROM, <c>COPY --from</c> and <c>RUN --mount=from=</c>.</summary>
    public ImmutableArray<StageReference> References { get; internal set; } = ImmutableArray<StageReference>.Empty;

    /// <summary>Gets the stages this stage needs directly, by index, without duplicates.</summary>
    public ImmutableArray<DockerfileStage> Dependencies { get; internal set; } = ImmutableArray<DockerfileStage>.Empty;

    /// <summary>Gets a value indicating whether building the target stage builds this stage.</summary>
    public bool IsReachable { get; internal set; }

    /// <summary>Gets the instructions after FROM, in order (ONBUILD counts as one instruction).</summary>
    public ImmutableArray<InstructionSyntax> Instructions { get; }

    /// <summary>Gets the FROM followed by the other instructions.</summary>
    public IEnumerable<InstructionSyntax> AllInstructions
    {
        get
        {
            if (!IsImplicit)
            {
                yield return From;
            }

            foreach (var instruction in Instructions)
            {
                yield return instruction;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => IsImplicit ? "the instructions before the first FROM" : Name is null ? $"stage {Index} ({BaseImage})" : $"stage {Index} '{Name}' ({BaseImage})";
}
