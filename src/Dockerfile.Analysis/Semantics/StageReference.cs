using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>A reference from an instruction to a stage (or, when no stage has that name, to an image).</summary>
public sealed class StageReference
{
    internal StageReference(InstructionSyntax instruction, StageReferenceKind kind, string text, DockerfileStage? stage)
    {
        Instruction = instruction;
        Kind = kind;
        Text = text;
        Stage = stage;
        Image = stage is null ? ImageReference.Parse(text) : null;
    }

    /// <summary>Gets the instruction that holds the reference.</summary>
    public InstructionSyntax Instruction { get; }

    /// <summary>Gets how the instruction refers to the stage.</summary>
    public StageReferenceKind Kind { get; }

    /// <summary>Gets the reference as written (expanded for FROM).</summary>
    public string Text { get; }

    /// <summary>Gets the referenced stage, or <see langword="null"/> when the reference names an image.</summary>
    public DockerfileStage? Stage { get; }

    /// <summary>Gets the referenced image when no stage matches, otherwise <see langword="null"/>.</summary>
    public ImageReference? Image { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + (Stage is null ? "image " + Text : "stage " + Stage.Index);
}
