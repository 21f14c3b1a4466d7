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

/// <summary>DF3007: cd is used to change the working directory</summary>
public sealed class DF3007UseWorkdirInsteadOfCd : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3007";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "cd is used to change the working directory",
        "`{0}` changes the directory only for the rest of this RUN; set it with `WORKDIR {1}` so every later instruction uses it and readers see it",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "A cd inside RUN does not carry over to the next instruction, which makes the Dockerfile harder to follow and easy to break. WORKDIR sets the directory for every following RUN, CMD, ENTRYPOINT, COPY and ADD.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3003"));

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
            if (command.Name == "cd")
            {
                string target = command.Arguments.FirstOrDefault(a => !a.StartsWith("-", StringComparison.Ordinal)) ?? "<dir>";
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(run.Map(command)), run.TextOf(command), target);
            }
        }
    }
}
