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

/// <summary>DF2102: apt-get install without --no-install-recommends</summary>
public sealed class DF2102AptGetInstallRecommends : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2102";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apt-get install without --no-install-recommends",
        "`apt-get install` also installs the packages recommended by {0}, which the image rarely needs and which make it bigger; add `--no-install-recommends`",
        "ImageSize",
        DiagnosticSeverity.Info,
        "By default apt-get installs recommended packages too. In an image they are dead weight and attack surface. Pass --no-install-recommends (or -o APT::Install-Recommends=false).");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3015"));

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
            if (CommandArgs.Is(command, "apt-get", "install")
                && !CommandArgs.HasAnyFlag(command, "no-install-recommends")
                && !command.Arguments.Any(a => a == "APT::Install-Recommends=false" || a == "APT::Install-Recommends=0"))
            {
                var packages = CommandArgs.NonFlagIndexes(command, "t", "target-release", "o").Where(i => command.Arguments[i] != "install").Select(i => "`" + command.Arguments[i] + "`").ToList();
                string what = packages.Count == 0 ? "the packages" : packages.Count <= 3 ? MessageText.List(packages) : MessageText.Count(packages.Count, "package");
                var install = run.MapArgument(command, a => a == "install");
                var span = TextSpan.FromBounds(run.MapName(command).Start, install.End);
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), what);
            }
        }
    }
}
