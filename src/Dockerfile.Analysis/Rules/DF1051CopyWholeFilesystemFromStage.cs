using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1051: COPY --from copies a whole filesystem (hadolint DL3067).</summary>
public sealed class DF1051CopyWholeFilesystemFromStage : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1051";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "COPY --from copies a whole filesystem",
        "`{0}` copies the whole filesystem of `{1}` over this image's root, overwriting its system files and doubling its size; copy only the directories you need",
        "Correctness",
        DiagnosticSeverity.Warning,
        "COPY --from=stage / / merges two complete root filesystems: the result is huge and its /etc, libraries and package database are a mix of both.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3067"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.CopyInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var copy = (CopyInstructionSyntax)context.Node;
        if (copy.GetFlag("from")?.Value is { } from
            && InstructionArguments.Destination(copy) == "/"
            && InstructionArguments.Values(copy).Reverse().Skip(1).Any(s => s == "/")
            && !IsScratch(context.SemanticModel, context.SemanticModel.GetStage(copy.ParentOnbuild ?? (InstructionSyntax)copy)?.BaseImage)
            && !IsScratch(context.SemanticModel, from.ValueText))
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.InstructionSpan(copy)), SourceCopy.OneLine(context.Tree, copy), from.ValueText);
        }
    }

    // FROM scratch (directly or through earlier stages): the copy brings or overwrites no system files.
    private static bool IsScratch(DockerfileSemanticModel model, string? image)
    {
        for (int depth = 0; image != null && depth < 64; depth++)
        {
            if (string.Equals(image, "scratch", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            string name = image;
            image = model.GetStagesNamed(name).FirstOrDefault()?.BaseImage;
        }

        return false;
    }
}
