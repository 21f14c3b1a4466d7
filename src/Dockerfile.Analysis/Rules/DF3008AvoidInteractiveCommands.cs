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

/// <summary>DF3008: A RUN uses a command that makes no sense in a build</summary>
public sealed class DF3008AvoidInteractiveCommands : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3008";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A RUN uses a command that makes no sense in a build",
        "`{0}` runs `{1}`, {2}",
        "Maintainability",
        DiagnosticSeverity.Info,
        "Commands such as ssh, vim, shutdown, service, ps, free, top, kill and mount act on a running system or need a person at a terminal; during an image build they do nothing useful or fail.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3001"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    private static readonly Dictionary<string, string> s_reasons = new(StringComparer.Ordinal)
    {
        ["free"] = "which reports the memory of the build container, not of where the image will run",
        ["kill"] = "but a build step has no long-running processes to stop",
        ["mount"] = "but a build container cannot mount file systems; use `RUN --mount` instead",
        ["ps"] = "which lists the processes of the build container, not of where the image will run",
        ["service"] = "but services do not keep running between build steps; start them in the entrypoint",
        ["shutdown"] = "but a build container has no system to shut down",
        ["ssh"] = "which needs keys and an interactive session; use `RUN --mount=type=ssh` with a non-interactive command",
        ["top"] = "which waits for a person at a terminal",
        ["vim"] = "which waits for a person at a terminal; edit files with sed or COPY them instead",
    };

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
            if (s_reasons.TryGetValue(command.Name, out var reason))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(run.MapName(command)), run.TextOf(command), command.Name, reason);
            }
        }
    }
}
