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

/// <summary>DF1050: ONBUILD triggers ONBUILD, FROM or MAINTAINER (hadolint DL3043).</summary>
public sealed class DF1050InvalidOnbuildTrigger : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1050";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "ONBUILD triggers ONBUILD, FROM or MAINTAINER",
        "`ONBUILD {0}` is not allowed: ONBUILD, FROM and MAINTAINER cannot be triggers, and the child image's build fails; remove it",
        "Correctness",
        DiagnosticSeverity.Error,
        "ONBUILD registers an instruction to run in images built FROM this one. Docker refuses ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3043"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.OnbuildInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (((OnbuildInstructionSyntax)context.Node).Instruction is { } inner
            && inner.Kind is SyntaxKind.OnbuildInstruction or SyntaxKind.FromInstruction or SyntaxKind.MaintainerInstruction)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(inner.Keyword.Span), inner.InstructionName);
        }
    }
}
