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

/// <summary>DF1001: apt-get install without -y</summary>
public sealed class DF1001AptGetInstallWithoutYes : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1001";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apt-get install without -y",
        "`{0}` asks for confirmation and the build has no terminal to answer it, so the install aborts; add `-y`",
        "Correctness",
        DiagnosticSeverity.Warning,
        "apt-get install prompts before installing packages; in a build nobody answers, so the command fails. Pass -y (--yes, --assume-yes) or -qq.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3014"));

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
            if (CommandArgs.Is(command, "apt-get", "install") && !AssumesYes(command))
            {
                var install = run.MapArgument(command, a => a == "install");
                var span = TextSpan.FromBounds(run.MapName(command).Start, install.End);
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), context.Tree.GetText().ToString(span).Replace("\r", string.Empty).Replace("\n", " "));
            }
        }
    }

    private static bool AssumesYes(ShellCommand command) =>
        CommandArgs.HasAnyFlag(command, "y", "yes", "qq", "assume-yes")
        || CommandArgs.CountFlag(command, "q") == 2
        || CommandArgs.CountFlag(command, "quiet") == 2
        || command.Arguments.Contains("-q=2")
        || command.Arguments.Any(a => a.StartsWith("APT::Get::Assume-Yes=", StringComparison.OrdinalIgnoreCase) && a.EndsWith("true", StringComparison.OrdinalIgnoreCase));
}
