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

/// <summary>DF1007: COPY --from names no earlier stage</summary>
public sealed class DF1007CopyFromUnknownStage : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1007";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "COPY --from names no earlier stage",
        "`--from={0}` names no earlier stage, so Docker pulls an image called `{0}` instead; name a stage defined above with `FROM ... AS {0}`, or write the full image reference",
        "Correctness",
        DiagnosticSeverity.Warning,
        "COPY --from takes a stage name, a stage index or an image. A name that is not an earlier stage is looked up as an image on a registry, which is rarely what was meant (a typo, or a stage defined later).");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3022"));

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
        if (copy.ParentOnbuild != null || copy.GetFlag("from") is not { Value: { } value } || context.SemanticModel.GetStage(copy) is not { } stage)
        {
            return;
        }

        string from = value.ValueText;
        if (from.Length == 0 || from.IndexOf(':') >= 0 || from.IndexOf('$') >= 0 || from.IndexOf('/') >= 0 || from.IndexOf('@') >= 0)
        {
            return;
        }

        if (context.SemanticModel.GetLastStageNamedBefore(from, stage.Index) != null
            || (int.TryParse(from, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < stage.Index))
        {
            return;
        }

        if (string.Equals(stage.Name, from, StringComparison.OrdinalIgnoreCase))
        {
            // DF1008 reports a copy from the stage itself.
            return;
        }

        context.ReportDiagnostic(Descriptor, value.GetLocation(), from);
    }
}
