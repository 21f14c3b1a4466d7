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

/// <summary>DF3001: apt-get install without pinned package versions</summary>
public sealed class DF3001PinAptPackageVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3001";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apt-get install without pinned package versions",
        "`apt-get install` does not pin {0}, so a rebuild silently installs whatever version the mirror has then; write `{1}=<version>`",
        "Reproducibility",
        DiagnosticSeverity.Info,
        "Packages installed without a version change when the distribution updates them, so two builds of the same Dockerfile can differ. Pin versions with package=version when reproducibility matters more than security updates.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3008"));

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
            if (CommandArgs.Is(command, "apt-get", "install"))
            {
                Report(context, run, command);
            }
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, ParsedRun run, ShellCommand command)
    {
        var unpinned = CommandArgs.NonFlagIndexes(command, "t", "target-release")
            .Where(i => command.Arguments[i] != "install" && !IsPinned(command.Arguments[i]))
            .ToList();
        if (unpinned.Count == 0)
        {
            return;
        }

        var names = unpinned.Select(i => "`" + command.Arguments[i] + "`").ToList();
        string list = names.Count <= 3 ? MessageText.List(names) : string.Join(", ", names.Take(3)) + " and " + MessageText.Count(names.Count - 3, "other package");
        var span = TextSpan.FromBounds(run.Map(CommandArgs.WordOf(command, unpinned[0])).Start, run.Map(CommandArgs.WordOf(command, unpinned[unpinned.Count - 1])).End);
        context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), list, command.Arguments[unpinned[0]]);
    }

    private static bool IsPinned(string package) =>
        package.IndexOf('=') >= 0 || package.IndexOf('/') >= 0 || package.EndsWith(".deb", StringComparison.Ordinal) || package.IndexOf('$') >= 0;
}
