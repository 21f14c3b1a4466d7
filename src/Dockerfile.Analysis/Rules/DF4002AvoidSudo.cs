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

/// <summary>DF4002: sudo is used in RUN</summary>
public sealed class DF4002AvoidSudo : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4002";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "sudo is used in RUN",
        "`{0}` uses sudo, which needs a terminal and a sudoers setup, and keeps a setuid binary in the image; switch with `USER` around the commands, or use gosu/su-exec in an entrypoint",
        "Security",
        DiagnosticSeverity.Error,
        "RUN already runs as the USER in force (root by default). sudo adds a setuid tool, behaves differently without a terminal, and hides which user a command really runs as. Use USER, or gosu/su-exec to drop privileges at run time.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3004"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (ParsedRun.Get(context.SemanticModel, (RunInstructionSyntax)context.Node) is not { } run)
        {
            return;
        }

        foreach (var command in run.Commands)
        {
            if (command.Name == "sudo")
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(run.MapName(command)), run.TextOf(command));
            }
        }
    }
}
