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

/// <summary>DF1008: COPY --from names the stage it is in</summary>
public sealed class DF1008CopyFromOwnStage : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1008";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "COPY --from names the stage it is in",
        "`--from={0}` names the stage this COPY belongs to; a stage cannot copy from itself, so copy from an earlier stage",
        "Correctness",
        DiagnosticSeverity.Error,
        "A stage cannot read its own result while it is being built; BuildKit reports a circular dependency.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3023"));

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
        bool self = string.Equals(stage.Name, from, StringComparison.OrdinalIgnoreCase)
            || (int.TryParse(from, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index == stage.Index);
        if (self)
        {
            context.ReportDiagnostic(Descriptor, value.GetLocation(), from);
        }
    }
}
