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

/// <summary>DF1042: dnf install without -y (hadolint DL3038).</summary>
public sealed class DF1042DnfInstallWithoutYes : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1042";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "dnf install without -y",
        "`{0}` asks for confirmation, which a build cannot give, so the build fails; add `-y`",
        "Correctness",
        DiagnosticSeverity.Warning,
        "Without -y (--assumeyes), dnf and microdnf stop to ask whether to proceed; a docker build has no terminal, so the install is aborted.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3038"));

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
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if ((RunFacts.HasArgs(command, "dnf", "install", "groupinstall", "localinstall") || RunFacts.HasArgs(command, "microdnf", "install", "groupinstall", "localinstall")) && !RunFacts.HasAnyFlag(command, "y", "assumeyes"))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command));
            }
        }
    }
}
