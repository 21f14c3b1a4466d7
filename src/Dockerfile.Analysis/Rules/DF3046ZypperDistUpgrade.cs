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

/// <summary>DF3046: zypper dist-upgrade in a Dockerfile (hadolint DL3035).</summary>
public sealed class DF3046ZypperDistUpgrade : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3046";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "zypper dist-upgrade in a Dockerfile",
        "`{0}` upgrades the whole distribution inside the image, so the result depends on the day of the build and may break the base image; use a newer base image instead",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "A distribution upgrade during the build replaces packages of the base image with whatever is current, which makes builds unrepeatable and can break the base image's assumptions.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3035"));

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
            if (RunFacts.HasArgs(command, "zypper", "dist-upgrade", "dup"))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command));
            }
        }
    }
}
