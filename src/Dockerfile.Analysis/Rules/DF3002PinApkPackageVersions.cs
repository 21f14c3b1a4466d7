using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3002: apk add without pinned package versions</summary>
public sealed class DF3002PinApkPackageVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3002";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apk add without pinned package versions",
        "`apk add` does not pin {0}, so a rebuild silently installs whatever version the repository has then; write `{1}=<version>` (or `~<version>`)",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Packages added without a version change when Alpine updates them, so two builds of the same Dockerfile can differ. Pin with package=version or package~version.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3018"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (ParsedRun.Get(context.SemanticModel, (RunInstructionSyntax)context.Node) is not { } run)
        {
            return;
        }

        foreach (var command in run.Commands)
        {
            var unpinned = Unpinned(command);
            if (unpinned.Count == 0)
            {
                continue;
            }

            var names = unpinned.Select(i => "`" + command.Arguments[i] + "`").ToList();
            string list = names.Count <= 3 ? names.Humanize("and") : string.Join(", ", names.Take(3)) + " and " + "other package".ToQuantity(names.Count - 3);
            var span = TextSpan.FromBounds(run.Map(CommandArgs.WordOf(command, unpinned[0])).Start, run.Map(CommandArgs.WordOf(command, unpinned[unpinned.Count - 1])).End);
            context.ReportDiagnostic(Diagnostic.Create(Descriptor, context.Tree.GetLocation(span), list, command.Arguments[unpinned[0]]));
        }
    }

    private static List<int> Unpinned(ShellCommand command) =>
        !CommandArgs.Is(command, "apk", "add")
            ? new List<int>()
            : CommandArgs.PackagesAfter(command, new[] { "add" }, "t", "virtual", "repository", "X")
                .Where(i => !IsPinned(command.Arguments[i]))
                .ToList();

    private static bool IsPinned(string package) =>
        package.IndexOfAny(new[] { '=', '~', '>', '<', '$' }) >= 0 || package.EndsWith(".apk", StringComparison.Ordinal);
}
