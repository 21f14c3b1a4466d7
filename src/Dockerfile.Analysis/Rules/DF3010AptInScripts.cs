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

/// <summary>DF3010: apt is used instead of apt-get</summary>
public sealed class DF3010AptInScripts : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3010";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apt is used instead of apt-get",
        "`{0}` uses `apt`, whose command-line interface is meant for people and may change between releases; use `apt-get` (or `apt-cache`) in scripts",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "apt warns that its interface is not stable for scripts and prints progress output meant for terminals. apt-get and apt-cache offer the same operations with a stable interface.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3027"));

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
            if (command.Name == "apt")
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(run.MapName(command)), run.TextOf(command));
            }
        }
    }
}
