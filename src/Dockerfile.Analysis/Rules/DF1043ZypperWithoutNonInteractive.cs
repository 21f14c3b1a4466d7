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

/// <summary>DF1043: zypper without a non-interactive switch (hadolint DL3034).</summary>
public sealed class DF1043ZypperWithoutNonInteractive : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1043";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "zypper without a non-interactive switch",
        "`{0}` asks for confirmation, which a build cannot give, so the build fails; add `-n` (`--non-interactive`) or `-y`",
        "Correctness",
        DiagnosticSeverity.Warning,
        "zypper install, remove, source-install and patch stop to ask for confirmation unless -n/--non-interactive or -y/--no-confirm is given; a docker build has no terminal.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3034"));

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
            if (RunFacts.HasArgs(command, "zypper", "install", "in", "remove", "rm", "source-install", "si", "patch") && !RunFacts.HasAnyFlag(command, "non-interactive", "n", "no-confirm", "y"))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command));
            }
        }
    }
}
