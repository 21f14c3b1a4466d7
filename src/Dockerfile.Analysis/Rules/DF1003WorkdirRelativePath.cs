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

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1003: The first WORKDIR of a stage is relative</summary>
public sealed class DF1003WorkdirRelativePath : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1003";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "The first WORKDIR of a stage is relative",
        "`WORKDIR {0}` is relative to the working directory inherited from the base image, which can change when the base image does; use an absolute path such as `/{0}`",
        "Correctness",
        DiagnosticSeverity.Error,
        "A relative WORKDIR is joined to the working directory inherited from the base image. When the base image changes its WORKDIR, files land elsewhere. Set an absolute WORKDIR first; later relative ones are then resolved from it.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3000"), buildKitEquivalents: ImmutableArray.Create("WorkdirRelativePath"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(Analyze);
    }

    private static void Analyze(StageAnalysisContext context)
    {
        if (SetsWorkdirBefore(context.SemanticModel, context.Stage))
        {
            return;
        }

        var first = context.Stage.Instructions.OfType<WorkdirInstructionSyntax>().FirstOrDefault(w => w.Value != null);
        if (first?.Value is not { } value)
        {
            return;
        }

        string path = value.ValueText.Trim('"', '\'');
        bool absolute = path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("$", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal)
            || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
        if (!absolute)
        {
            context.ReportDiagnostic(Descriptor, value.GetLocation(), path);
        }
    }

    // A stage built FROM an earlier stage of this file inherits its WORKDIR.
    private static bool SetsWorkdirBefore(DockerfileSemanticModel model, DockerfileStage stage)
    {
        var current = stage;
        for (int guard = 0; guard < model.Stages.Length; guard++)
        {
            var parent = model.GetLastStageNamedBefore(current.BaseImage, current.Index);
            if (parent == null)
            {
                return false;
            }

            if (parent.Instructions.OfType<WorkdirInstructionSyntax>().Any())
            {
                return true;
            }

            current = parent;
        }

        return false;
    }
}
